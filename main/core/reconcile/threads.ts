/**
 * Threads from inputs. Order threads: documents that name the same order (PO + partner, or our order number) are
 * joined with a union-find over those keys; documents that name their order only through another document (an invoice
 * quoting an ASN, a credit quoting a return) join the threads of that document. A multi-order ASN sits in each of its
 * orders' threads. Stock threads: one per SKU, every inventory line of it. Ack and control-number facts: a thread each.
 * The result depends only on the set of inputs, never on their order.
 */
import type { CanonicalDocument, PartnerRef } from '../canonical/index.js';
import { anyPartnerPoKey, factThreadKey, indirectKeysWithSide, inputKey, orderNumberKey, orderRefsWithSide, poKey, productKey, providedKeysWithSide, sideOf, stockThreadKey } from './keys.js';
import type { AckFact, ControlNumberFact, ItemResolver, ReconcileInput, Thread, ThreadDocument } from './types.js';

class UnionFind {
  private readonly parent = new Map<string, string>();
  add(key: string): void {
    if (this.parent.get(key) === undefined) this.parent.set(key, key);
  }
  find(key: string): string {
    let root = key;
    for (;;) {
      const parent = this.parent.get(root);
      if (parent === root || parent === undefined) break;
      root = parent;
    }
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // the smaller key becomes the root, so roots do not depend on the order of unions
    if (rootA < rootB) this.parent.set(rootB, rootA);
    else if (rootB < rootA) this.parent.set(rootA, rootB);
  }
  /** Every key, in the order added (forEach: an iterator allocates a result object per key). */
  forEachKey(visit: (key: string) => void): void {
    this.parent.forEach((_, key) => visit(key));
  }
}

interface Member {
  entry: ThreadDocument;
  identityKeys: string[];
}


/** Kinds resolved through other documents, each after the kinds it may reference. */
const INDIRECT_STAGES: ((document: CanonicalDocument) => boolean)[] = [
  (document) => document.kind === 'shipment',
  (document) => document.kind === 'invoice',
  (document) => document.kind === 'return',
  (document) => document.kind === 'credit',
];

export function buildThreads(inputs: readonly ReconcileInput[], items: ItemResolver): Thread[] {
  const unique = new Map<string, ReconcileInput>();
  for (const input of inputs) {
    const key = inputKey(input);
    const known = unique.get(key);
    // the same record twice counts once; keep the earlier receipt so the choice does not depend on input order
    if (!known || (input.kind === 'document' && known.kind === 'document' && (input.receivedAt ?? '~') < (known.receivedAt ?? '~'))) unique.set(key, input);
  }
  const threads: Thread[] = [];
  const orderDocuments: ThreadDocument[] = [];
  const stock = new Map<string, ThreadDocument[]>();
  unique.forEach((input, key) => {
    if (input.kind !== 'document') {
      threads.push(factThread(input));
      return;
    }
    // a document's input key is its document key
    const side = sideOf(input.document);
    const entry: ThreadDocument = input.receivedAt ? { key, side, document: input.document, receivedAt: input.receivedAt } : { key, side, document: input.document };
    if (input.document.kind === 'inventory') {
      for (const line of input.document.lines) {
        const key = productKey(items, input.document.partner?.id, line.product);
        if (!key) continue;
        const threadKey = stockThreadKey(key);
        const list = stock.get(threadKey) ?? [];
        if (list.at(-1) !== entry) list.push(entry);
        stock.set(threadKey, list);
      }
    } else orderDocuments.push(entry);
  });
  for (const [key, entries] of stock) {
    threads.push({ key, kind: 'stock', partner: null, poNumbers: [], sku: key.slice('stock:'.length), documents: sortEntries(entries), facts: [], linkKeys: [key] });
  }
  for (const thread of orderThreads(orderDocuments)) threads.push(thread);
  return threads.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function orderThreads(entries: ThreadDocument[]): Thread[] {
  const unionFind = new UnionFind();
  const members: Member[] = [];
  const indirect: ThreadDocument[] = [];
  const unscoped = new Set<string>();
  for (const entry of entries) {
    let identityKeys: string[] | undefined;
    for (const ref of orderRefsWithSide(entry.document, entry.side)) {
      const po = ref.poNumber ? poKey(ref.partnerId, ref.poNumber) : undefined;
      const so = ref.orderNumber ? orderNumberKey(ref.orderNumber) : undefined;
      if (po) {
        unionFind.add(po);
        if (po.startsWith('po:?:')) unscoped.add(po);
      }
      if (so) unionFind.add(so);
      if (po && so) unionFind.union(po, so);
      const first = po ?? so;
      // a list made with its first key: an empty array grows to 16 slots on its first push
      if (first) {
        if (identityKeys) identityKeys.push(first);
        else identityKeys = [first];
      }
    }
    if (identityKeys) members.push({ entry, identityKeys });
    else indirect.push(entry);
  }
  linkUnscopedPurchaseOrders(unionFind, unscoped);

  const rootsByProvidedKey = new Map<string, Set<string>>();
  const remember = (member: Member) => {
    const roots = member.identityKeys.map((key) => unionFind.find(key));
    for (const provided of providedKeysWithSide(member.entry.document, member.entry.side)) {
      const set = rootsByProvidedKey.get(provided) ?? new Set<string>();
      for (const root of roots) set.add(root);
      rootsByProvidedKey.set(provided, set);
    }
  };
  // the provided-key index serves only documents that name their order indirectly; most batches have none
  if (indirect.length > 0) members.forEach(remember);
  for (const inStage of INDIRECT_STAGES) {
    for (const entry of indirect.filter((candidate) => inStage(candidate.document)).sort((a, b) => (a.key < b.key ? -1 : 1))) {
      const roots = new Set<string>();
      for (const key of indirectKeysWithSide(entry.document, entry.side)) {
        for (const root of rootsByProvidedKey.get(key) ?? []) roots.add(root);
        if (roots.size > 0) break;
      }
      // a document no order can be found for gets a thread of its own, keyed by its own number
      const identityKeys = roots.size > 0 ? [...roots] : [`orphan:${entry.document.kind}:${entry.document.partner?.id ?? '?'}:${entry.key.split('|')[1] ?? ''}`];
      if (roots.size === 0) unionFind.add(identityKeys[0]!);
      const member = { entry, identityKeys };
      members.push(member);
      remember(member);
    }
  }

  const byRoot = new Map<string, Group>();
  for (const member of members) {
    const provided = providedKeysWithSide(member.entry.document, member.entry.side);
    const indirectKeys = indirectKeysWithSide(member.entry.document, member.entry.side);
    if (member.identityKeys.length === 1) addToGroup(byRoot, unionFind.find(member.identityKeys[0]!), member, provided, indirectKeys);
    else for (const root of new Set(member.identityKeys.map((key) => unionFind.find(key)))) addToGroup(byRoot, root, member, provided, indirectKeys);
  }
  const classes = new Map<string, string[]>();
  unionFind.forEachKey((key) => {
    const root = unionFind.find(key);
    const members = classes.get(root);
    if (members) members.push(key);
    else classes.set(root, [key]);
  });
  const threads: Thread[] = [];
  byRoot.forEach((group, root) => {
    const identity = sortStrings(classes.get(root) ?? [root]);
    for (const key of identity) {
      group.links.push(key);
      if (key.startsWith('po:')) group.links.push(anyPartnerPoKey(key.slice(key.indexOf(':', 3) + 1)));
    }
    const documents = sortEntries(group.entries);
    const scoped = firstScopedPo(identity);
    threads.push({
      key: threadKeyOf(identity, scoped),
      kind: 'order',
      partner: partnerOf(scoped, documents),
      poNumbers: poNumbersOf(identity),
      documents,
      facts: [],
      linkKeys: uniqueSorted(group.links),
    });
  });
  return threads;
}

/** A thread in the making: its documents (each member once: members are distinct documents) and its link keys (with repeats). */
type Group = { entries: ThreadDocument[]; links: string[] };

function addToGroup(byRoot: Map<string, Group>, root: string, member: Member, provided: readonly string[], indirectKeys: readonly string[]): void {
  let group = byRoot.get(root);
  if (!group) {
    group = { entries: [member.entry], links: [] };
    byRoot.set(root, group);
  } else group.entries.push(member.entry);
  for (const key of member.identityKeys) group.links.push(key);
  for (const key of provided) group.links.push(key);
  for (const key of indirectKeys) group.links.push(key);
}

/** Sorted in place, as Array.prototype.sort() sorts strings (by UTF-16 code units), without its working copy for short lists. */
function sortStrings(list: string[]): string[] {
  if (list.length > 16) return list.sort();
  for (let index = 1; index < list.length; index++) {
    const item = list[index]!;
    let to = index - 1;
    while (to >= 0 && list[to]! > item) {
      list[to + 1] = list[to]!;
      to--;
    }
    list[to + 1] = item;
  }
  return list;
}

/** [...new Set(list)].sort(), in place. */
function uniqueSorted(list: string[]): string[] {
  sortStrings(list);
  let kept = 0;
  for (let index = 0; index < list.length; index++) if (index === 0 || list[index] !== list[kept - 1]) list[kept++] = list[index]!;
  list.length = kept;
  return list;
}

/** The PO numbers of a thread's identity keys, sorted, each once. */
function poNumbersOf(identity: string[]): string[] {
  let numbers: string[] | undefined;
  for (const key of identity) {
    if (!key.startsWith('po:')) continue;
    const number = key.slice(key.indexOf(':', 3) + 1);
    if (numbers) numbers.push(number);
    else numbers = [number];
  }
  return !numbers ? [] : numbers.length < 2 ? numbers : uniqueSorted(numbers);
}

/** A PO named without its partner (a 3PL's 945) joins the partner's PO when exactly one partner has that PO number. */
function linkUnscopedPurchaseOrders(unionFind: UnionFind, unscoped: Set<string>): void {
  if (unscoped.size === 0) return;
  const scoped = new Map<string, string[]>();
  for (const key of unscoped) scoped.set(key.slice('po:?:'.length), []);
  unionFind.forEachKey((key) => {
    if (key.startsWith('po:') && !key.startsWith('po:?:')) scoped.get(key.slice(key.indexOf(':', 3) + 1))?.push(key);
  });
  for (const key of unscoped) {
    const candidates = scoped.get(key.slice('po:?:'.length))!;
    if (candidates.length === 1) unionFind.union(key, candidates[0]!);
  }
}

/** 'order:<partnerId>:<PO>' from the smallest partner-scoped PO key, else the smallest key of the class. */
function threadKeyOf(identity: string[], scoped: string | undefined): string {
  let chosen = scoped;
  if (chosen === undefined) chosen = identity.find((key) => key.startsWith('po:')) ?? identity[0] ?? '';
  return `order:${chosen.startsWith('po:') ? chosen.slice(3) : chosen}`;
}

/** The first partner-scoped PO key of the (sorted) identity. */
function firstScopedPo(identity: string[]): string | undefined {
  for (const key of identity) if (key.startsWith('po:') && !key.startsWith('po:?:')) return key;
  return undefined;
}

function partnerOf(scoped: string | undefined, documents: ThreadDocument[]): PartnerRef | null {
  const id = scoped ? Number(scoped.slice(3, scoped.indexOf(':', 3))) : undefined;
  let named: ThreadDocument | undefined;
  for (const entry of documents) {
    const partner = entry.document.partner;
    if (entry.side !== 'wms' && partner && (id === undefined || partner.id === id) && partner.name) {
      named = entry;
      break;
    }
  }
  if (id === undefined) return named?.document.partner ? { ...named.document.partner } : null;
  return named?.document.partner?.name ? { id, name: named.document.partner.name } : { id };
}

function factThread(fact: AckFact | ControlNumberFact): Thread {
  const key = factThreadKey(fact);
  const partner: PartnerRef = fact.partnerName ? { id: fact.partnerId, name: fact.partnerName } : { id: fact.partnerId };
  return { key, kind: fact.kind === 'ack-fact' ? 'ack' : 'control-number', partner, poNumbers: [], documents: [], facts: [fact], linkKeys: [key] };
}

/** By key; an insertion sort, as a thread holds a handful of documents (keys are unique within a thread). */
function sortEntries(entries: ThreadDocument[]): ThreadDocument[] {
  if (entries.length > 16) return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let index = 1; index < entries.length; index++) {
    const entry = entries[index]!;
    let to = index - 1;
    while (to >= 0 && entries[to]!.key > entry.key) {
      entries[to + 1] = entries[to]!;
      to--;
    }
    entries[to + 1] = entry;
  }
  return entries;
}
