import { useNotices, useServices } from '../services.js';

/** Messages about failed calls and finished work; errors stay until dismissed. Overlaid, so nothing shifts. */
export function Notices() {
  const notices = useNotices((state) => state.notices);
  const { notices: store } = useServices();
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <div className="notice-text">
            {notice.title && <strong className="notice-title">{notice.title}</strong>}
            <span className="notice-message">{notice.message}</span>
          </div>
          <button type="button" className="notice-dismiss" aria-label="Dismiss" onClick={() => store.getState().dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
