package be.buurtwijzer.ui.admin;

import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.dom.Element;

/**
 * Ed25519 signing keys kept in the publisher's own browser (WebCrypto, IndexedDB, one database per
 * account, so another account on a shared computer does not see them): the private key is made
 * there, signs there and never travels to the server; only its public half is registered.
 * A backup is a PEM file the browser writes to the publisher's disk; it can be restored on another
 * machine. Each method runs a small script and answers through its promise.
 */
final class BrowserKeys {

    private static final String STORE = """
            const open = () => new Promise((ok, no) => {
              const request = indexedDB.open('buurtwijzer-signing-' + $0, 1);
              request.onupgradeneeded = () => request.result.createObjectStore('keys', {keyPath: 'publicKey'});
              request.onsuccess = () => ok(request.result);
              request.onerror = () => no(request.error);
            });
            const all = async () => { const db = await open(); return new Promise((ok, no) => {
              const r = db.transaction('keys').objectStore('keys').getAll(); r.onsuccess = () => ok(r.result);
              r.onerror = () => no(r.error); }); };
            const put = async (entry) => { const db = await open(); return new Promise((ok, no) => {
              const t = db.transaction('keys', 'readwrite'); t.objectStore('keys').put(entry);
              t.oncomplete = () => ok(); t.onerror = () => no(t.error); }); };
            const b64 = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)));
            const spkiOf = raw => { const prefix = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
              return b64(new Uint8Array([...prefix, ...raw])); };
            """;

    private BrowserKeys() {
    }

    /** Makes a key pair in the browser and keeps it there; answers the public key (Base64 SPKI). */
    static PendingJavaScriptResult generate(Element element, String userId, String label) {
        return element.executeJs("return (async () => {" + STORE + """
                const pair = await crypto.subtle.generateKey({name: 'Ed25519'}, true, ['sign', 'verify']);
                const publicKey = b64(await crypto.subtle.exportKey('spki', pair.publicKey));
                await put({publicKey, label: $1, created: Date.now(), privateKey: pair.privateKey});
                return publicKey;
                })()""", userId, label);
    }

    /** The public keys (Base64 SPKI) this browser holds a private key for, newest first, comma-separated. */
    static PendingJavaScriptResult held(Element element, String userId) {
        return element.executeJs("return (async () => {" + STORE + """
                return (await all()).sort((a, b) => b.created - a.created).map(k => k.publicKey).join(',');
                })()""", userId);
    }

    /** Writes a backup of the key (PKCS#8 PEM) to the publisher's disk, through the browser only. */
    static PendingJavaScriptResult backup(Element element, String userId, String publicKey, String fileName) {
        return element.executeJs("return (async () => {" + STORE + """
                const key = (await all()).find(k => k.publicKey === $1);
                if (!key) throw new Error('not-held');
                const der = b64(await crypto.subtle.exportKey('pkcs8', key.privateKey));
                const pem = '-----BEGIN PRIVATE KEY-----\\n' + der.match(/.{1,64}/g).join('\\n')
                    + '\\n-----END PRIVATE KEY-----\\n';
                const link = document.createElement('a');
                link.href = URL.createObjectURL(new Blob([pem], {type: 'application/x-pem-file'}));
                link.download = $2;
                document.body.appendChild(link); link.click(); link.remove();
                return 'ok';
                })()""", userId, publicKey, fileName);
    }

    /** Lets the publisher pick a backup file and keeps its key in this browser; answers its public key. */
    static PendingJavaScriptResult restore(Element element, String userId, String label) {
        return element.executeJs("return (async () => {" + STORE + """
                const file = await new Promise(ok => { const input = document.createElement('input');
                  input.type = 'file'; input.accept = '.pem,.key,.txt';
                  input.onchange = () => ok(input.files[0]); input.click(); });
                if (!file) throw new Error('no-file');
                const text = await file.text();
                const body = text.replace(/-----[^-]+-----/g, '').replace(/\\s+/g, '');
                const der = Uint8Array.from(atob(body), c => c.charCodeAt(0));
                const privateKey = await crypto.subtle.importKey('pkcs8', der, {name: 'Ed25519'}, true, ['sign']);
                const jwk = await crypto.subtle.exportKey('jwk', privateKey);
                const raw = Uint8Array.from(atob(jwk.x.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0));
                const publicKey = spkiOf(raw);
                await put({publicKey, label: $1, created: Date.now(), privateKey});
                return publicKey;
                })()""", userId, label);
    }

    /** Signs the file chosen in the upload with {@code id} using the held key; answers the Base64 signature. */
    static PendingJavaScriptResult sign(Element element, String userId, String uploadId, String publicKey) {
        return element.executeJs("return (async () => {" + STORE + """
                const upload = document.getElementById($1);
                const files = upload && upload.files ? upload.files : [];
                const file = files.find(f => !f.error) || files[0];
                if (!file) throw new Error('no-file');
                const key = (await all()).find(k => k.publicKey === $2);
                if (!key) throw new Error('not-held');
                return b64(await crypto.subtle.sign({name: 'Ed25519'}, key.privateKey, await file.arrayBuffer()));
                })()""", userId, uploadId, publicKey);
    }
}
