/** The Crossdock mark: goods come in on one side of the dock and leave on the other. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="5" className="logo-mark-tile" />
      <path d="M12 4.5v15" className="logo-mark-dock" />
      <path d="M4.5 9h11.5M13.5 6.5 16 9l-2.5 2.5" className="logo-mark-arrow" />
      <path d="M19.5 15H8M10.5 12.5 8 15l2.5 2.5" className="logo-mark-arrow" />
    </svg>
  );
}
