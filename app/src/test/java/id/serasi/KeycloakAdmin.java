package id.serasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What a Keycloak administrator does to the {@code serasi} realm while Serasi runs, through Keycloak's admin REST
 * API with the test server's bootstrap administrator: move a user between unit groups, disable an account, change
 * the UI client's token lifespan. Tests that change the realm put it back, since one Keycloak serves a whole test JVM.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public KeycloakAdmin(KeycloakServer server) {
        this.base = server.issuer().replace("/realms/serasi", "");
    }

    /** A fresh administrator token for each call: the master realm's tokens live a minute only. */
    private String token() {
        return field(send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli"
                        + "&username=admin&password=admin"))), "access_token");
    }

    public void joinUnit(String username, String unit) {
        call("PUT", "/users/" + userId(username) + "/groups/" + unitGroupId(unit), null);
    }

    public void leaveUnit(String username, String unit) {
        call("DELETE", "/users/" + userId(username) + "/groups/" + unitGroupId(unit), null);
    }

    public void setEnabled(String username, boolean enabled) {
        call("PUT", "/users/" + userId(username), "{\"enabled\":" + enabled + "}");
    }

    /** The access (and ID) token lifespan of client {@code clientId}; {@code null} falls back to the realm's. */
    public void setTokenLifespan(String clientId, Integer seconds) {
        JsonNode client = json(call("GET", "/clients?clientId=" + encode(clientId), null)).get(0);
        ObjectNode attributes = ((ObjectNode) client).with("attributes");
        if (seconds == null) {
            attributes.remove("access.token.lifespan");
        } else {
            attributes.put("access.token.lifespan", String.valueOf(seconds));
        }
        call("PUT", "/clients/" + client.get("id").asText(), client.toString());
    }

    private String userId(String username) {
        return json(call("GET", "/users?exact=true&username=" + encode(username), null)).get(0).get("id").asText();
    }

    private String unitGroupId(String unit) {
        return json(call("GET", "/group-by-path/units/" + encode(unit), null)).get("id").asText();
    }

    private String call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/realms/serasi" + path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak admin API answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        return json(json).get(name).asText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
