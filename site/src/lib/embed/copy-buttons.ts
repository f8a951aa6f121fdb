// The copy buttons of the "Embed" offers (EmbedCode.astro), bundled into the pages that have one.
// Progressive enhancement: each button is `hidden` in the HTML and shown only where the
// Clipboard API is there to copy with; without it (no JavaScript, an insecure context) the code
// stays selectable in its textarea. The result is said in the button's role="status" region.

/** Show and wire every copy button under `root`. */
export function setUpCopyButtons(root: ParentNode, clipboard: Clipboard | undefined): void {
  if (typeof clipboard?.writeText !== 'function') return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = document.getElementById(button.dataset.copy!);
    const status = document.getElementById(button.dataset.status ?? '');
    if (!(code instanceof HTMLTextAreaElement) || !status) continue;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string) => {
      clearTimeout(timer);
      // Emptied first, so that a second click is announced again.
      status.textContent = '';
      timer = setTimeout(() => {
        status.textContent = text;
        timer = setTimeout(() => (status.textContent = ''), 5000);
      }, 50);
    };
    button.addEventListener('click', () => {
      clipboard.writeText(code.value).then(
        () => say(button.dataset.copied ?? ''),
        () => {
          code.focus();
          code.select();
          say(button.dataset.failed ?? '');
        },
      );
    });
    button.hidden = false;
  }
}
