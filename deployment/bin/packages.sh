# Sourced by the scripts that need a Debian package: installs it when its command is missing and this runs as
# root (a fresh CI machine), otherwise says how to install it and fails.
need_package() { # command package what-for
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "Installing $2 (Debian package) $3..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "Needs $2 $3: sudo apt-get install $2" >&2
    return 1
  fi
}
