package id.serasi.ui.atensi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import id.serasi.atensi.ProcessDiagram;
import java.util.Set;

/** The case's process drawn by bpmn-js, active steps highlighted and finished ones marked. */
@Tag("serasi-bpmn")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./serasi-bpmn.js")
public class ProcessDiagramView extends Component {

    public ProcessDiagramView(ProcessDiagram diagram) {
        setId("process-diagram");
        getElement().setPropertyJson("active", array(diagram.active()));
        getElement().setPropertyJson("completed", array(diagram.completed()));
        getElement().setProperty("xml", diagram.bpmnXml());
    }

    private static JsonArray array(Set<String> ids) {
        JsonArray array = Json.createArray();
        ids.stream().sorted().forEach(id -> array.set(array.length(), id));
        return array;
    }
}
