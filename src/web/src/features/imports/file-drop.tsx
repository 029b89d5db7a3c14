import { FileUp, type LucideIcon } from 'lucide-react';
import { type DragEvent, useRef, useState } from 'react';

interface FileDropProps {
  onFile: (file: File) => void;
  icon?: LucideIcon;
  title?: string;
  detail?: string;
  buttonLabel?: string;
  /** A one-line bar (a file is already chosen) instead of the big drop area. */
  compact?: boolean;
}

/** A drop zone with a button: drag a CSV onto it, or choose one with the keyboard. */
export function FileDrop({
  onFile,
  icon: Icon = FileUp,
  title = 'Drop a CSV file here',
  detail = 'UTF-8 text, comma or semicolon separated, up to 10 MB.',
  buttonLabel = 'Choose a file',
  compact,
}: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the button inside is the keyboard way
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}${compact ? ' drop-zone-compact' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <span className="drop-zone-icon" aria-hidden="true">
        <Icon size={compact ? 18 : 22} />
      </span>
      <div className="drop-zone-text">
        <p className="drop-zone-title">{title}</p>
        <p className="muted">{detail}</p>
      </div>
      <button
        type="button"
        className={compact ? 'btn btn-small' : 'btn btn-primary'}
        onClick={() => input.current?.click()}
      >
        {buttonLabel}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </div>
  );
}
