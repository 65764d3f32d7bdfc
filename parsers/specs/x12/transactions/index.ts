/** Every X12 transaction set spec. */
import type { TransactionSpec } from '../../types.js';
import { returnAuthorization } from './180.js';
import { invoice } from './810.js';
import { inventoryAdvice } from './846.js';
import { purchaseOrder } from './850.js';
import { purchaseOrderAcknowledgment } from './855.js';
import { shipNotice } from './856.js';
import { purchaseOrderChange } from './860.js';
import { warehouseShippingOrder } from './940.js';
import { warehouseShippingAdvice } from './945.js';
import { functionalAcknowledgment, implementationAcknowledgment } from './acknowledgments.js';

export const x12Transactions: TransactionSpec[] = [
  purchaseOrder,
  purchaseOrderAcknowledgment,
  shipNotice,
  invoice,
  inventoryAdvice,
  purchaseOrderChange,
  warehouseShippingOrder,
  warehouseShippingAdvice,
  returnAuthorization,
  functionalAcknowledgment,
  implementationAcknowledgment,
];
