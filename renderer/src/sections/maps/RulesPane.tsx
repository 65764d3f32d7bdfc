import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CompileProblem, MappingIssue } from '../../../../main/core/mapping-store/types.js';
import { useEditor, useMapsServices } from './maps-services.js';
import { RawJsonEditor } from './RawJsonEditor.js';
import { describeSource, flattenRules, ruleAt, rulesOf, type RuleAddress } from './rule-list.js';
import { RuleForm } from './RuleForm.js';

const sameAddress = (a: RuleAddress | null, b: RuleAddress) => a !== null && a.length === b.length && a.every((value, index) => value === b[index]);

/** Problems per rule id: compile problems of the draft and the preview's issues. */
function problemsByRule(compile: CompileProblem[], issues: MappingIssue[]): Map<string, { errors: number; warnings: number }> {
  const byRule = new Map<string, { errors: number; warnings: number }>();
  const count = (ruleId: string | null, error: boolean) => {
    if (!ruleId) return;
    const entry = byRule.get(ruleId) ?? { errors: 0, warnings: 0 };
    if (error) entry.errors++;
    else entry.warnings++;
    byRule.set(ruleId, entry);
  };
  for (const problem of compile) count(problem.ruleId, true);
  for (const issue of issues) if (issue.severity !== 'info') count(issue.ruleId, issue.severity === 'error');
  return byRule;
}

/** The rules as a list (one line each, nested ones indented) with the selected rule's form under it, or raw JSON. */
export function RulesPane() {
  const { editor } = useMapsServices();
  const { definition, selected, mode, rawText, rawError, compileErrors, preview } = useEditor(
    useShallow((state) => ({ definition: state.definition, selected: state.selected, mode: state.mode, rawText: state.rawText, rawError: state.rawError, compileErrors: state.compileErrors, preview: state.preview })),
  );
  const list = useRef<HTMLDivElement>(null);
  const flat = useMemo(() => flattenRules(rulesOf(definition)), [definition]);
  const compile = preview?.compileErrors ?? compileErrors;
  const problems = useMemo(() => problemsByRule(compile, preview?.issues ?? []), [compile, preview]);
  const hits = preview?.coverage.ruleHits ?? {};
  const selectedRule = selected ? ruleAt(definition, selected) : undefined;
  const at = selected ? flat.findIndex((entry) => sameAddress(selected, entry.address)) : -1;

  useEffect(() => {
    if (at >= 0) list.current?.querySelector(`#rule-row-${at}`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key === 'Home' || event.key === 'End' || moves[event.key] !== undefined) {
      event.preventDefault();
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? flat.length - 1 : Math.max(0, Math.min(flat.length - 1, at + (moves[event.key] ?? 0)));
      const entry = flat[next];
      if (entry) editor.getState().selectRule(entry.address);
    } else if (event.key === 'Delete' && selected) {
      event.preventDefault();
      editor.getState().removeRule(selected);
    }
  };

  return (
    <div className="rules-pane">
      <div className="rules-toolbar">
        <div className="segmented-buttons" role="group" aria-label="Edit as">
          <button type="button" className="button button-small" aria-pressed={mode === 'rules'} onClick={() => editor.getState().setMode('rules')} disabled={mode === 'raw' && rawError !== null} data-testid="mode-rules">
            Rules
          </button>
          <button type="button" className="button button-small" aria-pressed={mode === 'raw'} onClick={() => editor.getState().setMode('raw')} data-testid="mode-raw">
            JSON
          </button>
        </div>
        <span className="maps-muted">{flat.length} rules</span>
        {mode === 'rules' && (
          <button type="button" className="button button-small" onClick={() => editor.getState().addRule(selected)} data-testid="rule-add">
            Add rule
          </button>
        )}
      </div>
      {compile.length > 0 && (
        <ul className="rules-compile-errors" data-testid="compile-errors" aria-label="Problems compiling the map">
          {compile.slice(0, 6).map((problem, index) => (
            <li key={index}>
              {problem.ruleId && (
                <button type="button" className="link-button maps-code" onClick={() => editor.getState().selectRuleById(problem.ruleId!)}>
                  {problem.ruleId}
                </button>
              )}{' '}
              {problem.message}
            </li>
          ))}
          {compile.length > 6 && <li className="maps-muted">and {compile.length - 6} more</li>}
        </ul>
      )}
      {mode === 'raw' ? (
        <RawJsonEditor text={rawText} error={rawError} onChange={(text) => editor.getState().setRawText(text)} />
      ) : (
        <>
          <div
            ref={list}
            className="rules-list"
            role="listbox"
            tabIndex={0}
            aria-label="Rules (arrows to move, Delete removes)"
            aria-activedescendant={at >= 0 ? `rule-row-${at}` : undefined}
            onKeyDown={onKeyDown}
            data-testid="rules-list"
          >
            {flat.map((entry, index) => {
              const ruleProblems = entry.rule.id ? problems.get(entry.rule.id) : undefined;
              const hitCount = entry.rule.id ? hits[entry.rule.id] : undefined;
              return (
                <div
                  key={`${entry.address.join('.')}`}
                  id={`rule-row-${index}`}
                  role="option"
                  aria-selected={index === at}
                  className={['rule-row', index === at ? 'rule-row-selected' : '', ruleProblems?.errors ? 'rule-row-error' : ''].join(' ')}
                  data-testid="rule-row"
                  data-rule-id={entry.rule.id}
                  onMouseDown={() => editor.getState().selectRule(entry.address)}
                >
                  <span className="rule-row-id" style={{ paddingLeft: `${entry.depth * 12}px` }}>
                    {entry.rule.id || '(no id)'}
                  </span>
                  <span className="rule-row-target">{entry.rule.target || '(no target)'}</span>
                  <span className="rule-row-source" title={describeSource(entry.rule)}>
                    ← {describeSource(entry.rule)}
                  </span>
                  <span className="rule-row-badges">
                    {entry.rule.required && <span className="rule-badge">req</span>}
                    {entry.rule.when !== undefined && <span className="rule-badge">when</span>}
                    {Array.isArray(entry.rule.transform) && entry.rule.transform.length > 0 && <span className="rule-badge">{entry.rule.transform.length} tf</span>}
                    {ruleProblems?.errors ? <span className="rule-badge rule-badge-error">{ruleProblems.errors} err</span> : null}
                    {ruleProblems?.warnings ? <span className="rule-badge rule-badge-warning">{ruleProblems.warnings} warn</span> : null}
                    {hitCount !== undefined && <span className="rule-hits" title="values produced on this sample">{hitCount}</span>}
                  </span>
                </div>
              );
            })}
          </div>
          {selected && selectedRule ? (
            <RuleForm
              key={selected.join('.')}
              address={selected}
              rule={selectedRule}
              problems={compile.filter((problem) => problem.ruleId !== null && problem.ruleId === selectedRule.id)}
              onChange={(change) => editor.getState().editRule(selected, change)}
              onMove={(delta) => editor.getState().moveRule(selected, delta)}
              onAddAfter={() => editor.getState().addRule(selected)}
              onAddNested={() => editor.getState().addNestedRule(selected)}
              onRemove={() => editor.getState().removeRule(selected)}
            />
          ) : (
            <p className="maps-muted rules-hint">Select a rule to edit it (arrow keys in the list), or add one.</p>
          )}
        </>
      )}
    </div>
  );
}
