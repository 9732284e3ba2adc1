import { describe, expect, it } from 'vitest';
import { afterNextFrame } from '@/utils/page/page-report';

/** A window whose frames and timers run when the test says. */
function scriptedWindow() {
  const frames: Array<() => void> = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const win = { requestAnimationFrame: (fn: () => void) => frames.push(fn) } as unknown as Window;
  const ctx = { setTimeout: (fn: () => void, ms?: number) => timers.push({ fn, ms: ms ?? 0 }) } as never;
  return { win, ctx, frames, timers };
}

describe('afterNextFrame', () => {
  it('runs the task once, in a task after the next frame, even if the fallback timer fires too', () => {
    const { win, ctx, frames, timers } = scriptedWindow();
    let runs = 0;
    afterNextFrame(win, ctx, () => runs++);
    expect(runs).toBe(0);
    frames.shift()!();
    expect(runs).toBe(0); // not inside the frame's callback: in a task after it
    timers.find((t) => t.ms === 0)!.fn();
    expect(runs).toBe(1);
    timers.find((t) => t.ms === 250)!.fn();
    expect(runs).toBe(1);
  });

  it('runs the task after 250 ms in a tab that renders no frames', () => {
    const { win, ctx, timers } = scriptedWindow();
    let runs = 0;
    afterNextFrame(win, ctx, () => runs++);
    timers.find((t) => t.ms === 250)!.fn();
    expect(runs).toBe(1);
  });
});
