/** Writing a note, or editing one: a text box labelled "Note" and a "Save note" button. */
import { useState } from 'preact/hooks';
import { MAX_NOTE_LENGTH, type NoteMessage } from '@/utils/messages';

/** Props: the note being edited (null for a new one) and what saving does. */
export interface NoteEditorProps {
  editing: NoteMessage | null;
  canAddToPage: boolean;
  onSave: (text: string) => Promise<void>;
  onAddToSelection: (text: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * The editor; keeps the draft until saving succeeds, so a failed save loses nothing. The draft
 * starts from the note being edited: the parent keys the editor by that note, so a new note to edit
 * gives a new editor in the same render as the click, and nothing typed right after it is overwritten
 * (an effect setting the draft ran after the first paint and could replace what was typed).
 */
export function NoteEditor({ editing, canAddToPage, onSave, onAddToSelection, onCancel }: NoteEditorProps) {
  const [draft, setDraft] = useState(editing?.text ?? '');
  const [busy, setBusy] = useState(false);
  const run = (action: (text: string) => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action(draft);
      setDraft('');
    } catch {
      // The popup shows the error; the draft stays so nothing typed is lost.
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void run(onSave)();
      }}
    >
      {editing?.anchor && <blockquote class="note-quote">{editing.anchor.quote.exact}</blockquote>}
      <label for="note-text">{editing ? 'Note (editing)' : 'Note'}</label>
      <textarea
        id="note-text"
        aria-label="Note"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <div class="note-actions">
        <button type="submit" disabled={busy || (!editing && !canAddToPage)}>
          Save note
        </button>
        {!editing && (
          <button type="button" disabled={busy || !canAddToPage} onClick={() => void run(onAddToSelection)()}>
            Add note to selection
          </button>
        )}
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
