import { generateScenario, toYaml } from './generate';
import { parseDocument, LineCounter, Parser, Composer } from 'yaml';
const y = toYaml(generateScenario(1000));
for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const toks = [...new Parser().parse(y)]; console.log('cst parse', performance.now() - t); t = performance.now();
  const docs = [...new Composer({uniqueKeys: false}).compose(toks)]; console.log('compose nounique', performance.now() - t); t = performance.now();
  const d0 = parseDocument(y, { uniqueKeys: false }); console.log('parseDocument nounique', performance.now() - t); t = performance.now();
  const d1 = parseDocument(y, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true }); console.log('parseDocument as validator', performance.now() - t); t = performance.now();
  d1.toJS({ maxAliasCount: 100 }); console.log('toJS', performance.now() - t); t = performance.now();
  JSON.parse(JSON.stringify(d0.toJS())); 
}
