import { describe, expect, it } from 'vitest';
import { previewUrl, readPreviewUrl, samePreviewDocument } from './previewUrl.ts';

describe('the preview frame’s address', () => {
  it('names the example, whether it runs at once, and the theme, and the runtime reads it back', () => {
    const url = previewUrl('http://127.0.0.1:4322/#theme=dark', 'hello-playground', true, 'light');
    expect(url).toBe('http://127.0.0.1:4322/?example=hello-playground&run#theme=light');
    expect(readPreviewUrl(new URL(url).search)).toEqual({ example: 'hello-playground', run: true });
    expect(readPreviewUrl(new URL(previewUrl('http://127.0.0.1:4322/', 'hello-playground', false, 'dark')).search)).toEqual({ example: 'hello-playground', run: false });
  });

  it('ignores an id that is not an example folder’s name (and then never runs)', () => {
    expect(readPreviewUrl('?example=../secrets&run')).toEqual({ example: null, run: false });
    expect(readPreviewUrl('?run')).toEqual({ example: null, run: false });
    expect(readPreviewUrl('')).toEqual({ example: null, run: false });
  });

  it('is the same document whatever the theme or the run flag, not for another example or runtime', () => {
    const a = 'http://127.0.0.1:4322/?example=hello-playground&run#theme=light';
    expect(samePreviewDocument(a, 'http://127.0.0.1:4322/?example=hello-playground#theme=dark')).toBe(true);
    expect(samePreviewDocument(a, 'http://127.0.0.1:4322/?example=rtk-entities&run#theme=light')).toBe(false);
    expect(samePreviewDocument(a, 'http://127.0.0.1:4400/?example=hello-playground&run#theme=light')).toBe(false);
  });
});
