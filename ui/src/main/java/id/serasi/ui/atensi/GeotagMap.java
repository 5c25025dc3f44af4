package id.serasi.ui.atensi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A beneficiary's geotag on a Leaflet map, with tiles from the configured tile server. */
@Tag("serasi-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./serasi-map.js")
public class GeotagMap extends Component {

    public GeotagMap(double latitude, double longitude, String label, String tileUrl, String attribution) {
        setId("geotag-map");
        getElement().setAttribute("lat", Double.toString(latitude));
        getElement().setAttribute("lon", Double.toString(longitude));
        getElement().setAttribute("label", label);
        if (tileUrl != null && !tileUrl.isBlank()) {
            getElement().setAttribute("tile-url", tileUrl);
            getElement().setAttribute("attribution", attribution == null ? "" : attribution);
        }
    }
}
