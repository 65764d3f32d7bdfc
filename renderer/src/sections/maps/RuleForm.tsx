import { useId } from 'react';
import type { CompileProblem } from '../../../../main/core/mapping-store/types.js';
import { JsonField } from './JsonField.js';
import { fromText, parseFromText, setRuleField, sourceKindOf, switchSourceKind, type EditableRule, type RuleAddress, type SourceKind } from './rule-list.js';

/** Transforms offered by "Add transform", each with the fields it needs (FORMAT.md). */
const TRANSFORM_TEMPLATES: Record<string, Record<string, unknown>> = {
  trim: { op: 'trim' },
  upper: { op: 'upper' },
  lower: { op: 'lower' },
  date: { op: 'date', format: 'auto' },
  'implied-decimal': { op: 'implied-decimal', places: 2 },
  decimal: { op: 'decimal' },
  integer: { op: 'integer' },
  'strip-leading-zeros': { op: 'strip-leading-zeros' },
  table: { op: 'table', table: '', otherwise: 'keep' },
  substring: { op: 'substring', start: 0 },
  concat: { op: 'concat', with: [] },
};

export interface RuleFormProps {
  address: RuleAddress;
  rule: EditableRule;
  problems: CompileProblem[];
  onChange: (change: (rule: EditableRule) => EditableRule) => void;
  onMove: (delta: -1 | 1) => void;
  onAddAfter: () => void;
  onAddNested: () => void;
  onRemove: () => void;
}

function TextField({ label, value, onChange, testId, mono = true, placeholder }: { label: string; value: string; onChange: (value: string) => void; testId: string; mono?: boolean; placeholder?: string }) {
  const id = useId();
  return (
    <div className="rule-field">
      <label className="rule-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className={mono ? 'input rule-input rule-input-mono' : 'input rule-input'} value={value} placeholder={placeholder} spellCheck={false} data-testid={testId} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** One rule's fields: id, target, where it reads (from / value / each), when, transforms, default, required. */
export function RuleForm({ address, rule, problems, onChange, onMove, onAddAfter, onAddNested, onRemove }: RuleFormProps) {
  const kindId = useId();
  const addId = useId();
  const kind = sourceKindOf(rule);
  const set = <K extends keyof EditableRule>(key: K, value: EditableRule[K] | undefined) => onChange((current) => setRuleField(current, key, value));
  const transforms = Array.isArray(rule.transform) ? rule.transform : [];
  return (
    <form className="rule-form" aria-label={`Rule ${rule.id ?? ''}`} data-testid="rule-form" onSubmit={(event) => event.preventDefault()}>
      <div className="rule-actions">
        <button type="button" className="button button-small" onClick={() => onMove(-1)} data-testid="rule-move-up">
          Move up
        </button>
        <button type="button" className="button button-small" onClick={() => onMove(1)} data-testid="rule-move-down">
          Move down
        </button>
        <button type="button" className="button button-small" onClick={onAddAfter} data-testid="rule-add-after">
          Add rule after
        </button>
        {kind === 'each' && (
          <button type="button" className="button button-small" onClick={onAddNested} data-testid="rule-add-nested">
            Add nested rule
          </button>
        )}
        <button type="button" className="button button-small button-danger" onClick={onRemove} data-testid="rule-remove">
          Remove
        </button>
      </div>
      <div className="rule-form-grid">
        <TextField label="Id" value={rule.id ?? ''} onChange={(value) => set('id', value)} testId="rule-id" />
        <TextField label="Target (canonical path)" value={rule.target ?? ''} onChange={(value) => set('target', value)} testId="rule-target" />
        <div className="rule-field">
          <label className="rule-label" htmlFor={kindId}>
            Reads
          </label>
          <select id={kindId} className="input rule-input" value={kind} data-testid="rule-kind" onChange={(event) => onChange((current) => switchSourceKind(current, event.target.value as SourceKind))}>
            <option value="from">from a source path</option>
            <option value="value">a constant value</option>
            <option value="each">each occurrence (nested rules)</option>
          </select>
        </div>
        {kind === 'from' && (
          <TextField label="From (fallbacks after ;)" value={fromText(rule.from)} onChange={(value) => set('from', parseFromText(value))} testId="rule-from" placeholder="BEG03" />
        )}
        {kind === 'value' && <TextField label="Value" value={rule.value === undefined || rule.value === null ? '' : String(rule.value)} onChange={(value) => set('value', value)} testId="rule-value" mono={false} />}
        {kind === 'each' && <TextField label="Each (scope path)" value={rule.each ?? ''} onChange={(value) => set('each', value)} testId="rule-each" placeholder="loop(PO1)" />}
        <TextField label="Default" value={rule.default === undefined ? '' : String(rule.default)} onChange={(value) => set('default', value === '' ? undefined : value)} testId="rule-default" mono={false} />
        <div className="rule-field rule-field-check">
          <label className="rule-check">
            <input type="checkbox" checked={rule.required === true} data-testid="rule-required" onChange={(event) => set('required', event.target.checked ? true : undefined)} />
            Required
          </label>
        </div>
        <JsonField key={`when-${address.join('.')}`} label="When (condition, JSON)" value={rule.when} onValid={(value) => set('when', value)} placeholder='{ "path": "BEG01", "in": ["00"] }' testId="rule-when" rows={1} />
        <JsonField
          key={`transform-${address.join('.')}-${transforms.length}`}
          label="Transforms (JSON list, applied in order)"
          value={rule.transform}
          onValid={(value) => set('transform', value === undefined ? undefined : Array.isArray(value) ? value : [value])}
          placeholder='[{ "op": "trim" }]'
          testId="rule-transform"
        />
        <div className="rule-field">
          <label className="rule-label" htmlFor={addId}>
            Add transform
          </label>
          <select
            id={addId}
            className="input rule-input"
            value=""
            data-testid="rule-add-transform"
            onChange={(event) => {
              const template = TRANSFORM_TEMPLATES[event.target.value];
              if (template) set('transform', [...transforms, { ...template }]);
            }}
          >
            <option value="">Choose…</option>
            {Object.keys(TRANSFORM_TEMPLATES).map((op) => (
              <option key={op} value={op}>
                {op}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problems.length > 0 && (
        <ul className="rule-problems" data-testid="rule-problems">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.path ? <span className="maps-code">{problem.path}</span> : null} {problem.message}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
