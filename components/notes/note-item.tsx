/** One note: its passage (or that the passage was lost), its text, and a link back to the passage. */
import { textFragmentUrl } from '@/utils/anchoring/text-fragment';
import type { NoteMessage } from '@/utils/messages';

/** Where a note's link goes: the passage via a text fragment when it is anchored, else the page. */
export function noteLink(note: NoteMessage): string {
  return note.anchor && note.anchorStatus === 'anchored' ? textFragmentUrl(note.pageUrl, note.anchor.quote) : note.pageUrl;
}

/** One formatter for every note: `toLocaleString()` builds a new one per call, which a long list feels. */
const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Props: the note and what its buttons do. */
export interface NoteItemProps {
  note: NoteMessage;
  onEdit: (note: NoteMessage) => void;
  onDelete: (note: NoteMessage) => void;
}

/** A note in a list, with Edit and Delete. */
export function NoteItem({ note, onEdit, onDelete }: NoteItemProps) {
  const when = WHEN.format(note.updatedAt);
  return (
    <li class={`note note-${note.anchorStatus}`} data-note-id={note.id}>
      {note.anchor && (
        <blockquote class="note-quote">
          {note.anchor.quote.exact.length > 200 ? `${note.anchor.quote.exact.slice(0, 200)}…` : note.anchor.quote.exact}
        </blockquote>
      )}
      {note.anchorStatus === 'orphaned' && (
        <p class="note-status" role="status">
          Orphaned: this passage is no longer on the page. The note is kept.
        </p>
      )}
      <p class="note-text">{note.text || <em>(no text yet)</em>}</p>
      <p class="note-meta">
        <a href={noteLink(note)} target="_blank" rel="noreferrer">
          {note.pageTitle}
        </a>{' '}
        · <time dateTime={new Date(note.updatedAt).toISOString()}>{when}</time>
      </p>
      <div class="note-actions">
        <button type="button" onClick={() => onEdit(note)}>
          Edit
        </button>
        <button type="button" onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}
