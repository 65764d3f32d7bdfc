import { useState } from 'react';

/** A shell command or a path the user will copy; selectable, with a copy button where the clipboard is allowed. */
export function CommandLine({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined;
  const copy = () => {
    void navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <div className="command-line">
      <code className="command-line-text">{text}</code>
      {canCopy && (
        <button type="button" className="button button-quiet button-small" onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      )}
    </div>
  );
}
