/** Settings: an optional tile server under the offline basemap (off by default). */
import { useState } from 'preact/hooks';
import { checkTileUrl, loadSettings, saveSettings } from '../settings.js';

export function SettingsView() {
  const [s, setS] = useState(loadSettings);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = (e: Event): void => {
    e.preventDefault();
    const err = checkTileUrl(s.tileUrl.trim());
    if (err) {
      setMsg({ ok: false, text: `Tile URL: ${err}.` });
      return;
    }
    saveSettings({ tileUrl: s.tileUrl.trim(), tileAttribution: s.tileAttribution.trim() });
    setMsg({ ok: true, text: 'Saved.' });
  };
  return (
    <section>
      <h2 tabIndex={-1}>Settings</h2>
      <form onSubmit={submit} class="settings">
        <p>
          The map is drawn offline from Natural Earth borders bundled with the desk. A tile server may be drawn
          beneath it; the desk then asks that server for images of the areas you look at. The server's
          Content-Security-Policy must allow its address (img-src).
        </p>
        <label class="block">
          <span>Tile URL template (empty: no tiles)</span>
          <input
            type="url"
            name="tileUrl"
            value={s.tileUrl}
            placeholder="https://tiles.example.org/{z}/{x}/{y}.png"
            onInput={(e) => setS({ ...s, tileUrl: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="block">
          <span>Attribution shown for the tiles</span>
          <input
            type="text"
            name="tileAttribution"
            value={s.tileAttribution}
            onInput={(e) => setS({ ...s, tileAttribution: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <button type="submit">Save</button>
        {msg ? <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? '' : 'error'}>{msg.text}</p> : null}
      </form>
    </section>
  );
}
