package be.buurtwijzer.it;

/**
 * The API of one server at its own base URL ({@link Api} talks to the Arquillian server only): a node of the
 * cluster, or its load balancer.
 */
record ApiAt(String name, String base) {

    Api.Reply send(String user, String password, String method, String path, Object body) {
        return Api.send(user, password, method, base + path, body);
    }

    Api.Reply get(String user, String path) {
        return send(user, Api.PASSWORD, "GET", path, null);
    }

    Api.Reply post(String user, String path, Object body) {
        return send(user, Api.PASSWORD, "POST", path, body);
    }

    Api.Reply put(String user, String path, Object body) {
        return send(user, Api.PASSWORD, "PUT", path, body);
    }

    Api.Reply delete(String user, String path) {
        return send(user, Api.PASSWORD, "DELETE", path, null);
    }

    Api.Reply uploadJar(String user, String password, byte[] jar, String signature) {
        return Api.uploadJar(base, user, password, jar, signature, "cluster test");
    }

    /** Whether the node answers its liveness probe with 200. */
    boolean live() {
        try {
            return Api.send(null, null, "GET", base + "/health/live", null).status() == 200;
        } catch (IllegalStateException unreachable) {
            return false;
        }
    }

    /** Whether the node answers its readiness probe with 200. */
    boolean ready() {
        try {
            return Api.send(null, null, "GET", base + "/health/ready", null).status() == 200;
        } catch (IllegalStateException unreachable) {
            return false;
        }
    }
}
