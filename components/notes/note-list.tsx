/** A titled list of notes, newest first as the background returns them. */
import type { NoteMessage } from '@/utils/messages';
import { NoteItem } from './note-item';

/** Props: heading, notes, and the item actions. */
export interface NoteListProps {
  label: string;
  notes: NoteMessage[];
  empty: string;
  onEdit: (note: NoteMessage) => void;
  onDelete: (note: NoteMessage) => void;
}

/** The list, or a line saying it is empty. */
export function NoteList({ label, notes, empty, onEdit, onDelete }: NoteListProps) {
  return notes.length === 0 ? (
    <p class="muted">{empty}</p>
  ) : (
    <ul class="notes" aria-label={label}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </ul>
  );
}
