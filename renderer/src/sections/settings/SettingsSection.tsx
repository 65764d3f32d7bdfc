import { Skeleton } from '../../components/Skeleton.js';
import { useServices, useSettings } from '../../services.js';
import { SettingsForm } from './SettingsForm.js';

function SettingsSkeleton() {
  return (
    <div className="settings-form" aria-busy="true" aria-label="Loading settings">
      {[10, 16, 12, 12, 8].map((width, index) => (
        <div className="field" key={index}>
          <Skeleton width="9em" />
          <Skeleton width={`${width}em`} />
        </div>
      ))}
    </div>
  );
}

export function SettingsSection() {
  const status = useSettings((state) => state.status);
  const hasDraft = useSettings((state) => state.draft !== null);
  const { settings } = useServices();
  if (hasDraft) return <SettingsForm />;
  if (status === 'failed') {
    return (
      <div className="inline-message inline-message-error" role="alert">
        The settings could not be loaded.
        <button type="button" className="button button-small" onClick={() => void settings.getState().load()}>
          Try again
        </button>
      </div>
    );
  }
  return <SettingsSkeleton />;
}
