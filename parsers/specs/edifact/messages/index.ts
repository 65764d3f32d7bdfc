import type { TransactionSpec } from '../../types.js';
import { aperakD01B, aperakD96A } from './aperak.js';
import { contrl } from './contrl.js';
import { desadvD01B, desadvD96A } from './desadv.js';
import { invoicD01B, invoicD96A } from './invoic.js';
import { invrptD01B, invrptD96A } from './invrpt.js';
import { ordersD01B, ordersD96A } from './orders.js';
import { ordrspD01B, ordrspD96A } from './ordrsp.js';
import { recadvD01B, recadvD96A } from './recadv.js';

export const edifactMessages: TransactionSpec[] = [
  ordersD96A,
  ordersD01B,
  ordrspD96A,
  ordrspD01B,
  desadvD96A,
  desadvD01B,
  invoicD96A,
  invoicD01B,
  invrptD96A,
  invrptD01B,
  recadvD96A,
  recadvD01B,
  aperakD96A,
  aperakD01B,
  contrl,
];
