# Sourced by the run and test scripts: makes JAVA_HOME point at a JDK 21 or newer, or stops.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  return 1
}

if ! pick_jdk; then
  echo "Buurtwijzer needs a JDK 21 or newer (Vaadin 25 requires it) and found none." >&2
  echo "Install one (e.g. apt-get install openjdk-21-jdk-headless or a Temurin 21+/25 JDK) and set JAVA_HOME to it," >&2
  echo "e.g.: export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries print warnings about sun.misc.Unsafe on JDK 24+; they are harmless.
if [ "$(java_major "$JAVA_HOME" | cut -d. -f1)" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
command -v mvn >/dev/null || { echo "Maven (mvn) is needed: apt-get install maven" >&2; exit 1; }
