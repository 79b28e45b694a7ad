import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Areas and dialogs load on demand; the first import of one on a busy two-core machine can take
// longer than Testing Library's default second, which made `findBy…` fail for no real reason.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no <dialog> behaviour; give it the two methods the Dialog primitive uses.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
