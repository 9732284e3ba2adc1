import { describe, expect, it } from 'vitest';
import { TOGGLE_COMMAND, registerCommands } from '../../../utils/background/menus-and-commands';
import { readSettings } from '../../../utils/settings';
import { memoryArea } from './background-harness';

describe('toggle-highlights command', () => {
  it('flips highlights each time the command fires and ignores other commands', async () => {
    const listeners: ((command: string) => void)[] = [];
    const area = memoryArea();
    registerCommands({ onCommand: { addListener: (listener: (command: string) => void) => listeners.push(listener) } } as never, area as never);
    const fire = async (command: string) => {
      listeners.forEach((listener) => listener(command));
      await new Promise((done) => setTimeout(done, 0));
    };
    await fire(TOGGLE_COMMAND);
    expect((await readSettings(area as never)).highlights).toBe(false);
    await fire('something-else');
    expect((await readSettings(area as never)).highlights).toBe(false);
    await fire(TOGGLE_COMMAND);
    expect((await readSettings(area as never)).highlights).toBe(true);
  });
});
