import type { DocumentDetail } from './use-document.js';

export type DocumentProblem = DocumentDetail['problems'][number];

const SEVERITY_MARK = { error: '✕', warning: '!', info: 'i' } as const;

/** "SE01 · line 9, column 4 · byte 324" */
export function problemLocation(problem: DocumentProblem): string {
  const element = problem.segmentTag && problem.element ? `${problem.segmentTag}${String(problem.element).padStart(2, '0')}${problem.component ? `-${problem.component}` : ''}` : problem.segmentTag;
  return [element, problem.line ? `line ${problem.line}, column ${problem.column}` : null, `byte ${problem.offset.toLocaleString()}`].filter(Boolean).join(' · ');
}

/**
 * Everything found wrong, transaction problems first, then its envelopes' and file's. Each is a button: it selects
 * the segment, and the raw text scrolls to the byte.
 */
export function ProblemsPanel({ detail, focused, onFocus }: { detail: DocumentDetail; focused: number | null; onFocus: (index: number) => void }) {
  const outer = [
    ...detail.envelope.interchange.problems.map((problem) => ({ problem, where: 'Interchange' })),
    ...detail.envelope.group.problems.map((problem) => ({ problem, where: 'Group' })),
    ...detail.file.problems.map((problem) => ({ problem, where: 'File' })),
  ];
  const count = detail.problems.length + outer.length;
  return (
    <section className={count > 0 ? 'panel problems problems-some' : 'panel problems'} aria-labelledby="problems-heading" data-testid="problems">
      <h2 id="problems-heading" className="panel-title">
        {count === 0 ? (
          <>
            <span className="problems-ok" aria-hidden="true">
              ✓
            </span>{' '}
            No problems found
          </>
        ) : (
          `${count} ${count === 1 ? 'problem' : 'problems'}`
        )}
      </h2>
      {count > 0 && (
        <ol className="problems-list">
          {detail.problems.map((problem, index) => (
            <li key={`t${index}`}>
              <button type="button" className={`problem problem-${problem.severity}`} aria-pressed={focused === index} data-testid="problem" onClick={() => onFocus(index)}>
                <span className="problem-mark" aria-label={problem.severity}>
                  {SEVERITY_MARK[problem.severity]}
                </span>
                <span className="problem-message">{problem.message}</span>
                <span className="problem-where">{problemLocation(problem)}</span>
              </button>
            </li>
          ))}
          {outer.map(({ problem, where }, index) => (
            <li key={`o${index}`}>
              <div className={`problem problem-${problem.severity} problem-outside`}>
                <span className="problem-mark" aria-label={problem.severity}>
                  {SEVERITY_MARK[problem.severity]}
                </span>
                <span className="problem-message">
                  {where}: {problem.message}
                </span>
                <span className="problem-where">{problemLocation(problem)}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
