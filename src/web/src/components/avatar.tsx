import { initials } from '../lib/format.ts';

const HUES = [212, 262, 330, 24, 152, 188, 44, 290];

/** Initials on a colour picked from the name, so the same client always looks the same. */
export function Avatar({ name, size = 36 }: { name: string; size?: number }) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const hue = HUES[Math.abs(hash) % HUES.length];
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.38,
        background: `hsl(${hue} 70% 94%)`,
        color: `hsl(${hue} 55% 32%)`,
      }}
    >
      {initials(name)}
    </span>
  );
}
