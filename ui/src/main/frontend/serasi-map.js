// The beneficiary's geotag on a Leaflet map. Tiles come from the configured tile server (serasi.map.tile-url);
// without one reachable, the point is still drawn on an empty map with its coordinates.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/** Leaflet's attribution control takes HTML: the configured attribution is shown as the text it is. */
function escapeHtml(text) {
  const holder = document.createElement('span');
  holder.textContent = text;
  return holder.innerHTML;
}

class SerasiMap extends HTMLElement {
  connectedCallback() {
    if (this._map) {
      return;
    }
    const lat = parseFloat(this.getAttribute('lat'));
    const lon = parseFloat(this.getAttribute('lon'));
    const container = document.createElement('div');
    container.style.height = this.getAttribute('height') || '260px';
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', this.getAttribute('label') || `${lat}, ${lon}`);
    this.append(container);
    this._map = L.map(container, { attributionControl: true }).setView([lat, lon], 15);
    const tiles = this.getAttribute('tile-url');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: escapeHtml(this.getAttribute('attribution') || '') })
        .addTo(this._map);
    }
    // the label is a beneficiary's name and address: text, never HTML (Leaflet would set a string as innerHTML)
    const tooltip = document.createElement('span');
    tooltip.textContent = this.getAttribute('label') || '';
    L.circleMarker([lat, lon], { radius: 9, color: '#1d4ed8', fillOpacity: 0.6 })
      .addTo(this._map)
      .bindTooltip(tooltip, { permanent: false });
    // the container gets its size only once laid out: let Leaflet measure again then
    new ResizeObserver(() => this._map.invalidateSize()).observe(container);
    this.setAttribute('rendered', '');
  }
}

customElements.define('serasi-map', SerasiMap);
