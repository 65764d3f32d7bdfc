/**
 * Segments an interchange should not hold, reported once per run or once per interchange so a bad file does not
 * drown its reader: segments outside messages, empty segments, interactive segments, groups mixed with messages.
 */
import type { Interchange, Problem } from '../model.js';
import type { Reporter } from './report.js';
import { quote } from './report.js';
import type { SegmentView } from './segment-view.js';
import { siteOf } from './segment-view.js';

export class OddSegments {
  private strayRun: { problem: Problem; first: SegmentView; count: number } | null = null;
  private emptyRun: { problem: Problem; count: number } | null = null;
  private mixedReported = false;
  private unsupportedReported = false;

  constructor(
    private readonly interchange: Interchange,
    private readonly reporter: Reporter,
  ) {}

  /** A segment outside any message: one problem per run of them, naming how many there were. */
  stray(view: SegmentView): void {
    if (this.strayRun) {
      this.strayRun.count++;
      return;
    }
    const problem = this.reporter.error('segment-outside-envelope', 'segment', '', siteOf(view));
    this.interchange.problems.push(problem);
    this.strayRun = { problem, first: view, count: 1 };
  }

  endStrayRun(): void {
    const run = this.strayRun;
    if (!run) return;
    this.strayRun = null;
    const { first, count } = run;
    run.problem.message = count === 1
      ? `Segment ${first.tag} at byte ${first.offset} is outside any UNH ... UNT message`
      : `${count} segments from ${first.tag} at byte ${first.offset} are outside any UNH ... UNT message`;
  }

  /** Empty segments (doubled terminators): one warning per interchange, with the count. */
  empty(offset: number, problems: Problem[]): void {
    const run = this.emptyRun;
    if (run) {
      run.count++;
      run.problem.message = `${run.count} empty segments (doubled segment terminators) were skipped, the first at byte ${run.problem.position.offset}`;
      return;
    }
    const problem = this.reporter.warning('segment-empty', 'segment', `An empty segment (a doubled segment terminator) at byte ${offset} was skipped`, { offset });
    problems.push(problem);
    this.emptyRun = { problem, count: 1 };
  }

  mixed(view: SegmentView): void {
    if (this.mixedReported) return;
    this.mixedReported = true;
    this.interchange.problems.push(this.reporter.error('groups-and-messages-mixed', 'interchange',
      `Interchange ${quote(this.interchange.controlNumber)} mixes UNG groups with messages outside any group (${view.tag} at byte ${view.offset})`, siteOf(view)));
  }

  unsupported(view: SegmentView): void {
    if (this.unsupportedReported) return;
    this.unsupportedReported = true;
    this.interchange.problems.push(this.reporter.error('interchange-version-unsupported', 'segment',
      `Interactive EDIFACT segment ${view.tag} at byte ${view.offset} is not supported inside a batch interchange; it was skipped`, siteOf(view)));
  }
}
