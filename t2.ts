import { syntheticDataset } from "./bench/synthetic.js";
import { bindDataset } from "./src/query/dataset.js";
import { crossCheck } from "./src/validate/cross-check.js";
import { DatasetSchema } from "./src/schema/index.js";
const data = DatasetSchema.parse(syntheticDataset(100000, 7));
for (let i = 0; i < 3; i++) {
let t = performance.now(); crossCheck(data); const crossMs = performance.now() - t;
t = performance.now(); bindDataset(data as any); const bindMs = performance.now() - t;
console.log({ crossMs, bindMs });
}
