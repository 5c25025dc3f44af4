package id.serasi.security;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** What Camunda Modeler sends to deploy: a multipart POST to {@code /engine-rest/deployment/create}. */
final class ModelerRequests {

    static final String SIMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="https://serasi.id">
              <bpmn:process id="analyst-draft" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="%s" />
                %s
                <bpmn:sequenceFlow id="Flow_2" sourceRef="%s" targetRef="EndEvent_1" />
                <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
              </bpmn:process>
            </bpmn:definitions>
            """;

    private ModelerRequests() {
    }

    /** A model with one element between a start and an end event. */
    static String model(String task, String element) {
        return String.format(SIMPLE, task, element, task);
    }

    static ResponseEntity<String> deploy(TestRestTemplate rest, HttpHeaders headers, String bpmn) {
        return deploy(rest, headers, bpmn, "/engine-rest/deployment/create");
    }

    static ResponseEntity<String> deploy(TestRestTemplate rest, HttpHeaders headers, String bpmn, String path) {
        return deploy(rest, headers, bpmn, path, "analyst-draft.bpmn");
    }

    /** As the Modeler sends the file that is open, under its own name. */
    static ResponseEntity<String> deploy(TestRestTemplate rest, HttpHeaders headers, String bpmn, String path,
                                         String fileName) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "analyst-draft");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        parts.add(fileName, new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.postForEntity(path, new HttpEntity<>(parts, headers), String.class);
    }
}
