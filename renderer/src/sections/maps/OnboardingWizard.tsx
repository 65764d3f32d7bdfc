import { useEffect, useRef, type JSX, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAPS_HOME_HASH } from './maps-route.js';
import { useMapsServices, useWizard } from './maps-services.js';
import { STEP_TITLES, WIZARD_STEPS, type WizardStep } from './wizard-store.js';
import { DetectedStep, FilesStep, MapsStep, ProfileStep, PreviewStep, PublishStep } from './WizardSteps.js';

const STEP_HINTS: Record<WizardStep, string> = {
  files: 'Drop the new partner’s sample files (or choose them). They are added to the workspace like any received file.',
  detected: 'What the files say about who sent them and how they are written.',
  profile: 'Name the partner and say how they trade with you.',
  maps: 'Each document type starts from a built-in default map; you can refine it later in the editor.',
  preview: 'The canonical documents the maps produce from the uploaded samples.',
  publish: 'The maps are saved and published; the partner’s documents are mapped again with them.',
};

const STEP_BODIES: Record<WizardStep, () => JSX.Element> = {
  files: FilesStep,
  detected: DetectedStep,
  profile: ProfileStep,
  maps: MapsStep,
  preview: PreviewStep,
  publish: PublishStep,
};

/** Enter continues unless a control that takes Enter itself has focus (buttons, links, text areas). */
function takesEnter(target: EventTarget): boolean {
  const element = target as HTMLElement;
  return element.tagName === 'BUTTON' || element.tagName === 'A' || element.tagName === 'TEXTAREA' || element.tagName === 'SUMMARY';
}

/** Onboarding: sample files → detected → profile → default maps → preview → publish, one step at a time. */
export function OnboardingWizard() {
  const { wizard } = useMapsServices();
  const { step, blocked, working, failed } = useWizard(useShallow((state) => ({ step: state.step, blocked: state.blocked, working: state.working, failed: state.published.some((entry) => entry.state === 'failed') })));
  const heading = useRef<HTMLHeadingElement>(null);
  const at = WIZARD_STEPS.indexOf(step);
  const Body = STEP_BODIES[step];

  useEffect(() => {
    // The new step's heading takes focus, so Enter / Esc keep working and a screen reader reads where it is.
    if (step !== 'profile') heading.current?.focus();
  }, [step]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      wizard.getState().back();
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !takesEnter(event.target)) {
      event.preventDefault();
      void wizard.getState().next();
    }
  };

  return (
    <div className="wizard" data-testid="wizard" data-step={step} onKeyDown={onKeyDown}>
      <div className="wizard-top">
        <a className="button button-small button-quiet" href={MAPS_HOME_HASH}>
          ← All maps
        </a>
        {step === 'publish' && (
          <button type="button" className="button button-small" onClick={() => wizard.getState().reset()} data-testid="wizard-again">
            Onboard another partner
          </button>
        )}
      </div>
      <ol className="wizard-steps" aria-label="Steps" data-testid="wizard-steps">
        {WIZARD_STEPS.map((candidate, index) => (
          <li key={candidate} className={index < at ? 'wizard-step wizard-step-done' : index === at ? 'wizard-step wizard-step-current' : 'wizard-step'} aria-current={index === at ? 'step' : undefined}>
            {index < at && step !== 'publish' ? (
              <button type="button" className="wizard-step-button" onClick={() => wizard.getState().goTo(candidate)}>
                <span className="wizard-step-number">{index + 1}</span> {STEP_TITLES[candidate]}
              </button>
            ) : (
              <span className="wizard-step-button">
                <span className="wizard-step-number">{index + 1}</span> {STEP_TITLES[candidate]}
              </span>
            )}
          </li>
        ))}
      </ol>
      <section className="wizard-body" aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" className="wizard-title" tabIndex={-1} ref={heading} data-testid="wizard-title">
          {at + 1}. {STEP_TITLES[step]}
        </h2>
        <p className="maps-muted wizard-hint">{STEP_HINTS[step]}</p>
        <Body />
      </section>
      {step === 'publish' && failed && (
        <div className="wizard-nav">
          <button type="button" className="button" onClick={() => wizard.getState().back()} data-testid="wizard-back" aria-keyshortcuts="Escape">
            Back to the preview <kbd>Esc</kbd>
          </button>
        </div>
      )}
      {step !== 'publish' && (
        <div className="wizard-nav">
          <button type="button" className="button" onClick={() => wizard.getState().back()} disabled={at === 0 || working} data-testid="wizard-back" aria-keyshortcuts="Escape">
            Back <kbd>Esc</kbd>
          </button>
          <button type="button" className="button button-primary" onClick={() => void wizard.getState().next()} disabled={blocked !== null} data-testid="wizard-next" aria-keyshortcuts="Enter">
            {step === 'preview' ? 'Publish' : 'Continue'} <kbd>Enter</kbd>
          </button>
          {blocked && blocked !== 'Working…' && <span className="maps-muted" data-testid="wizard-blocked">{blocked}</span>}
          {working && <span className="maps-muted">Working…</span>}
        </div>
      )}
    </div>
  );
}
