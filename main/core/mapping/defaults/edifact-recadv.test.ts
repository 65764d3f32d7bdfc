import { edifactRecadvMap } from './edifact-recadv.js';
import { describeCorpus, describeGoldens } from './edifact-testkit.js';

describeGoldens('RECADV', edifactRecadvMap, ['recadv-d96a.edi', 'recadv-d01b.edi', 'recadv-nested.edi']);

describeCorpus('RECADV', edifactRecadvMap, [{ file: 'smooks__smooks-edi-cartridge__recadv.txt', messages: 1 }]);
