"""Helper of plugin-bench.sh: prepares plugin copies and tenant files, calls the API, times an approval."""
import base64, io, json, os, shutil, subprocess, sys, time, urllib.request, urllib.error, zipfile

PASSWORD = os.environ["BUURTWIJZER_DEMO_PASSWORD"]
ADMIN = "bench-admin@buurtwijzer.example"
PLATFORM = "bench-platform@buurtwijzer.example"
IDS = [f"bench-logbook-{i:02d}" for i in range(1, 11)]


def relabel(jar: bytes, plugin_id: str, version: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(jar)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "META-INF/MANIFEST.MF":
                lines = [l for l in data.decode().replace("\r\n", "\n").split("\n")
                         if l and not l.startswith(("Plugin-Id:", "Plugin-Version:", " "))]
                lines += [f"Plugin-Id: {plugin_id}", f"Plugin-Version: {version}"]
                data = ("\r\n".join(lines) + "\r\n\r\n").encode()
            dst.writestr(item, data)
    return out.getvalue()


def prepare(directory, count, bundled):
    count = int(count)
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(f"{directory}/plugins"); os.makedirs(f"{directory}/config/tenants")
    logbook = next(f for f in os.listdir(bundled) if f.startswith("plugin-logbook"))
    jar = open(os.path.join(bundled, logbook), "rb").read()
    for plugin_id in IDS:
        open(f"{directory}/plugins/{plugin_id}.jar", "wb").write(relabel(jar, plugin_id, "1.0.0"))
    json.dump({"users": [{"email": PLATFORM, "displayName": "Bench", "platformRole": "PLATFORM_ADMIN",
                          "passwordEnv": "BUURTWIJZER_DEMO_PASSWORD"}]}, open(f"{directory}/config/platform.json", "w"))
    for i in range(count):
        slug = f"bench-{i:05d}"
        json.dump({"slug": slug, "name": f"Bench {i}", "defaultLocale": "nl-BE",
                   "administrators": [{"email": ADMIN, "displayName": "Bench admin", "passwordEnv": "BUURTWIJZER_DEMO_PASSWORD"}],
                   "instruments": IDS}, open(f"{directory}/config/tenants/{slug}.json", "w"))


def call(base, method, path, user, body=None, content_type="application/json", headers=None):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode())
    if data is not None:
        request.add_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text and text[0] in "[{" else text)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def expect(status, wanted, what, body):
    if status != wanted:
        raise SystemExit(f"{what} answered {status}, expected {wanted}: {body}")


def exercise(base, count, out):
    """Calls every plugin in every municipality once; writes the per-call times (ms) to out."""
    times = []
    for i in range(int(count)):
        for plugin_id in IDS:
            t0 = time.perf_counter()
            status, body = call(base, "POST", f"/api/v1/tenants/bench-{i:05d}/instruments/{plugin_id}/operations/summary",
                                ADMIN, {})
            times.append(1000 * (time.perf_counter() - t0))
            expect(status, 200, f"summary of {plugin_id} in bench-{i:05d}", body)
            if not isinstance(body, dict) or "entries" not in body:
                raise SystemExit(f"summary of {plugin_id} in bench-{i:05d} is not a summary: {body}")
    times.sort()
    with open(out, "w") as f:
        f.write(f"{len(times)} {times[len(times) // 2]:.1f} {times[min(len(times) - 1, int(0.95 * len(times)))]:.1f}\n")


def approval(base, work):
    global PASSWORD
    key = f"{work}/signing-key.pem"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-out", key], check=True, capture_output=True)
    pub = subprocess.run(["openssl", "pkey", "-in", key, "-pubout"], check=True, capture_output=True, text=True).stdout
    pub = "".join(l for l in pub.splitlines() if "PUBLIC KEY" not in l)
    status, org = call(base, "POST", "/api/v1/admin/organisations", PLATFORM, {"name": "Bench Steunpunt"})
    expect(status, 201, "new organisation", org)
    publisher_email = "bench-publisher@example.org"
    status, publisher = call(base, "POST", f"/api/v1/admin/organisations/{org['id']}/publishers", PLATFORM,
                             {"email": publisher_email, "displayName": "Bench publisher"})
    expect(status, 201, "new publisher", publisher)
    platform_password, PASSWORD = PASSWORD, publisher["oneTimePassword"]
    chosen = "Kwartel-bench-" + base64.b32encode(os.urandom(10)).decode() + "-Fluit"
    status, body = call(base, "PUT", "/api/v1/me/password", publisher_email,
                        {"currentPassword": PASSWORD, "newPassword": chosen})
    expect(status, 204, "publisher's own password", body)
    PASSWORD = chosen
    status, registered = call(base, "POST", "/api/v1/publisher/keys", publisher_email, {"label": "bench", "publicKey": pub})
    expect(status, 201, "signing key", registered)
    PASSWORD = platform_password
    status, body = call(base, "POST", f"/api/v1/admin/organisations/{org['id']}/keys/{registered['id']}/approve",
                        PLATFORM)
    expect(status, 200, "key approval", body)
    bundled = next(f for f in os.listdir(f"{work}/10/plugins"))
    jar = relabel(open(f"{work}/10/plugins/{bundled}", "rb").read(), "bench-published", "1.0.0")
    jar_path = f"{work}/published.jar"
    open(jar_path, "wb").write(jar)
    signature = base64.b64encode(subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", key, "-rawin", "-in", jar_path],
                                                check=True, capture_output=True).stdout).decode()
    PASSWORD = chosen
    status, release = call(base, "POST", "/api/v1/publisher/releases", publisher_email, jar,
                           "application/java-archive", {"X-Signature": signature})
    expect(status, 201, "upload", release)
    PASSWORD = platform_password
    t0 = time.perf_counter()
    status, approved = call(base, "POST", f"/api/v1/admin/releases/{release['id']}/approve", PLATFORM)
    t1 = time.perf_counter()
    expect(status, 200, "release approval", approved)
    status, body = call(base, "POST", "/api/v1/tenants/bench-00000/instruments/bench-published/subscription", ADMIN)
    expect(status, 201, "subscription", body)
    status, summary = call(base, "POST", "/api/v1/tenants/bench-00000/instruments/bench-published/operations/summary",
                           ADMIN, {})
    t2 = time.perf_counter()
    expect(status, 200, "first call", summary)
    print(f"Approval to first successful call of a newly published release: {1000 * (t2 - t0):.0f} ms "
          f"(approve request, which loads and starts the plugin live: {1000 * (t1 - t0):.0f} ms; "
          f"then subscribe and first operation call: {1000 * (t2 - t1):.0f} ms).")


if __name__ == "__main__":
    {"prepare": prepare, "exercise": exercise, "approval": approval}[sys.argv[1]](*sys.argv[2:])
