import { generateScenario, toYaml } from './generate';
import { parseYamlSource } from '../src/engine/validate/yaml-source';
import { ScenarioSchema, normalizeScenario } from '../src/engine';
import { checkReferences } from '../src/engine/validate/check-references';
import { checkTranslations } from '../src/engine/validate/check-translations';
import { checkGraph } from '../src/engine/validate/check-graph';
const f = generateScenario(1000);
const y = toYaml(f);
console.log(Buffer.byteLength(y));
for (let k = 0; k < 2; k++) {
let t0 = performance.now();
const { source, syntax } = parseYamlSource(y);
let t1 = performance.now(); console.log('yaml', t1 - t0, syntax.length);
const parsed = ScenarioSchema.safeParse(source.data);
let t2 = performance.now(); console.log('zod', t2 - t1, parsed.success);
const found = [...checkReferences(parsed.data!), ...checkTranslations(parsed.data!)];
let t3 = performance.now(); console.log('refs', t3 - t2, found.slice(0,3));
const sc = normalizeScenario(parsed.data!);
const g = checkGraph(sc);
let t4 = performance.now(); console.log('graph', t4 - t3, g.slice(0,3));
}
