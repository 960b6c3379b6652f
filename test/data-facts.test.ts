/**
 * A sample of facts from each state pair, checked by id against what the cited reports state
 * (the notes on each record say which report states what). A change to one of these is a
 * correction of the data and should come with its source and a changeset.
 */
import { describe, expect, it } from "vitest";
import { agreements, getAgreement, getMeeting, getSource, meetings } from "../dist/index.js";

const participants = (id: string) => getMeeting(id)!.participants.map((p) => p.actor);
const parties = (id: string) => getAgreement(id)!.parties.map((p) => p.actor);

describe.each([
  // [pair, meeting id, date, city, state, participants that must be there]
  ["Jordan–Syria", "safadi-al-sharaa-damascus-2024-12-23", "2024-12-23", "Damascus", "syria", ["ayman-safadi", "ahmed-al-sharaa"]],
  ["Jordan–Syria–US", "safadi-al-shibani-barrack-amman-2025-08-12", "2025-08-12", "Amman", "jordan", ["ayman-safadi", "asaad-al-shibani", "tom-barrack"]],
  ["Lebanon–Syria", "salam-al-sharaa-damascus-2025-04-14", "2025-04-14", "Damascus", "syria", ["nawaf-salam", "ahmed-al-sharaa", "youssef-rajji", "michel-menassa", "ahmad-hajjar"]],
  ["Lebanon–Syria", "al-shaibani-beirut-2025-10-10", "2025-10-10", "Beirut", "lebanon", ["asaad-al-shibani", "joseph-aoun", "nawaf-salam", "youssef-rajji"]],
  ["Lebanon–Syria, Saudi host", "menassa-abu-qasra-jeddah-2025-03-27", "2025-03-27", "Jeddah", "saudi-arabia", ["michel-menassa", "murhaf-abu-qasra", "saudi-arabia"]],
  ["Syria–Türkiye", "erdogan-al-sharaa-ankara-2025-02-04", "2025-02-04", "Ankara", "turkiye", ["recep-tayyip-erdogan", "ahmed-al-sharaa"]],
  ["Iraq–Syria, Qatari host", "al-sudani-al-sharaa-doha-2025-04-17", "2025-04-17", "Doha", "qatar", ["mohammed-shia-al-sudani", "ahmed-al-sharaa", "qatar"]],
  ["Kuwait–Syria", "al-yahya-al-budaiwi-al-sharaa-damascus-2024-12-30", "2024-12-30", "Damascus", "syria", ["abdullah-al-yahya", "jasem-al-budaiwi", "ahmed-al-sharaa"]],
  ["Iran–Iraq", "larijani-al-sudani-baghdad-2025-08-11", "2025-08-11", "Baghdad", "iraq", ["ali-larijani", "mohammed-shia-al-sudani", "qasim-al-araji"]],
  ["Iran–Lebanon", "larijani-aoun-baabda-2025-08-13", "2025-08-13", "Baabda", "lebanon", ["ali-larijani", "joseph-aoun"]],
  ["Iran–Türkiye", "fidan-tehran-visit-2025-11-30", "2025-11-30", "Tehran", "iran", ["hakan-fidan", "abbas-araghchi"]],
  ["Iraq–Türkiye", "fidan-hussein-sudani-baghdad-2025-01-26", "2025-01-26", "Baghdad", "iraq", ["hakan-fidan", "fuad-hussein", "mohammed-shia-al-sudani"]],
  ["Iraq–Jordan", "sudani-king-abdullah-amman-2024-12-11", "2024-12-11", "Amman", "jordan", ["mohammed-shia-al-sudani", "king-abdullah-ii"]],
  ["Jordan–Lebanon", "aoun-king-abdullah-amman-2025-06-10", "2025-06-10", "Amman", "jordan", ["joseph-aoun", "king-abdullah-ii"]],
  ["Jordan–Türkiye", "fidan-safadi-ankara-2025-01-06", "2025-01-06", "Ankara", "turkiye", ["hakan-fidan", "ayman-safadi", "yousef-huneiti", "ahmad-husni"]],
  ["Multilateral", "aqaba-meeting-on-syria-aqaba-2024-12-14", "2024-12-14", "Aqaba", "jordan", ["jordan", "turkiye", "iraq", "lebanon", "united-states", "geir-pedersen"]],
] as const)("%s: %s", (_pair, id, date, city, state, who) => {
  it("has the reported date, place and participants, each participant cited", () => {
    const meeting = getMeeting(id)!;
    expect(meeting.date?.value).toBe(date);
    expect(meeting.place).toEqual({ city, country: state });
    expect(participants(id)).toEqual(expect.arrayContaining([...who]));
    for (const link of meeting.participants) expect(link.citations.length, link.actor).toBeGreaterThan(0);
  });
});

describe.each([
  // [pair, agreement id, stage, date, parties, meeting it was reached at]
  ["Jordan–Syria", "jordan-syria-higher-coordination-council-memorandum", "signed", "2025-05-20", ["jordan", "syria"], "safadi-al-shibani-damascus-2025-05-20"],
  ["Lebanon–Syria", "lebanon-syria-jeddah-border-demarcation-agreement", "signed", "2025-03-28", ["lebanon", "syria"], "menassa-abu-qasra-jeddah-2025-03-27"],
  ["Syria–Türkiye", "turkiye-syria-military-training-consultancy-memorandum", "operational", "2025-08-13", ["turkiye", "syria"], "syrian-delegation-ankara-2025-08-13"],
  ["Iraq–Syria", "iraq-syria-al-bukamal-al-qaim-crossing-agreement", "operational", "2025", ["iraq", "syria"], undefined],
  ["Kuwait–Syria", "kuwait-syria-interior-ministries-coordination-agreement", "agreed", "2025-07-15", ["kuwait", "syria"], "fahad-al-sabah-khattab-damascus-2025-07-15"],
  ["Iran–Iraq", "iran-iraq-border-security-memorandum-2025", "signed", "2025-08-11", ["iran", "iraq"], "larijani-al-sudani-baghdad-2025-08-11"],
] as const)("%s: %s", (_pair, id, stage, date, who, reachedAt) => {
  it("has the reported stage, date, parties and meeting", () => {
    const agreement = getAgreement(id)!;
    expect(agreement.stage).toBe(stage);
    expect(agreement.date?.value).toBe(date);
    expect(parties(id)).toEqual(expect.arrayContaining([...who]));
    expect(agreement.reachedAt).toBe(reachedAt);
    // The meeting it was reached at lists it as an outcome, and no other meeting does.
    expect(meetings.filter((meeting) => meeting.outcomes.includes(id)).map((meeting) => meeting.id)).toEqual(reachedAt === undefined ? [] : [reachedAt]);
  });
});

describe("the period's events can be checked at their source", () => {
  it("each meeting and agreement of the period cites a source with a URL", () => {
    const inPeriod = [...meetings, ...agreements].filter((record) => record.date !== undefined && record.date.value >= "2024-12");
    expect(inPeriod.length).toBeGreaterThan(0);
    const withoutUrl = inPeriod.filter((record) => !record.citations.some((c) => getSource(c.source)?.url !== undefined));
    expect(withoutUrl.map((record) => record.id)).toEqual([]);
  });
});
