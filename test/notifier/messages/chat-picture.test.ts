import * as fs from 'fs';
import { chatAlertPicture, PICTURE, pictureMessage, renderChatCard } from '../../../build-tools/render-chat-message';
import { chatProblems } from '../chat-support';

describe('docs/images/chat-alert.svg', () => {
  test('is what `npx projen render:chat` draws now from the notifier\'s message (run it when this fails)', () => {
    expect(fs.readFileSync(PICTURE, 'utf8')).toBe(chatAlertPicture());
  });

  test('draws a real chat message, one that meets the schema, with its title, lines and next steps', () => {
    const message = pictureMessage();
    expect(chatProblems(message)).toEqual([]);
    const svg = renderChatCard(message);
    expect(svg).toContain('<title>CRITICAL: Root sign-in ConsoleLogin succeeded without MFA | acme-production (111122223333)</title>');
    expect(svg).toContain('Next Steps');
    expect(svg).toContain('MFA used: No');
    expect(svg).toContain('fill="#d72c0d"');
  });

  test('escapes what it draws', () => {
    const message = pictureMessage();
    const svg = renderChatCard({ ...message, content: { ...message.content, title: 'HIGH: a < b & "c"', description: 'x <y> `&`' } });
    expect(svg).toContain('HIGH: a &lt; b &amp; &quot;c&quot;');
    expect(svg).not.toMatch(/<y>/);
  });
});
