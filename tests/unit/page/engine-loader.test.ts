import { describe, expect, it } from 'vitest';
import { annotate } from '@/utils/attribution';
import { decodeModel } from '@/utils/attribution/model';
import { registerEngine } from '@/utils/page/engine-handoff';
import { loadEngineModule } from '@/utils/page/model-loader';

const ENGINE = { annotate, decodeModel };

describe('loadEngineModule', () => {
  it('imports the engine module once per world and answers what it registered', async () => {
    const scope = {};
    const imported: string[] = [];
    const importModule = async (url: string) => {
      imported.push(url);
      registerEngine(ENGINE, scope); // what entrypoints/engine does when it runs
    };
    expect(await loadEngineModule('ext://engine.js', importModule, scope)).toBe(ENGINE);
    expect(await loadEngineModule('ext://engine.js', importModule, scope)).toBe(ENGINE);
    expect(imported).toEqual(['ext://engine.js']);
  });

  it('says so when the module ran but registered nothing, or registered something else', async () => {
    const scope = {};
    await expect(loadEngineModule('ext://engine.js', async () => undefined, scope)).rejects.toThrow(/did not register/);
    registerEngine({ annotate } as never, scope);
    await expect(loadEngineModule('ext://engine.js', async () => undefined, scope)).rejects.toThrow(/did not register/);
  });
});
