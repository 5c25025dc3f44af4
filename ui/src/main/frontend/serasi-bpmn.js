// The case's BPMN model drawn with bpmn-js: active steps highlighted, finished ones marked. Read-only.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const STYLE = `
  .serasi-active:not(.djs-connection) .djs-visual > :nth-child(1) { stroke: #b45309 !important; stroke-width: 4px !important; fill: #fef3c7 !important; }
  .serasi-done:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #dcfce7 !important; }
`;

class SerasiBpmn extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this.active = this.active || [];
    this.completed = this.completed || [];
  }

  connectedCallback() {
    // Vaadin may set xml before this class is defined, hiding the setter: take the value over.
    if (Object.prototype.hasOwnProperty.call(this, 'xml')) {
      const value = this.xml;
      delete this.xml;
      this._xml = value;
    }
    if (!this._container) {
      const style = document.createElement('style');
      style.textContent = STYLE;
      this._container = document.createElement('div');
      this._container.style.height = this.getAttribute('height') || '420px';
      this._container.style.border = '1px solid var(--lumo-contrast-20pct, #ccc)';
      this.append(style, this._container);
      this._viewer = new NavigatedViewer({ container: this._container });
    }
    this._render();
  }

  set xml(value) {
    this._xml = value;
    this._render();
  }

  get xml() {
    return this._xml;
  }

  async _render() {
    if (!this._viewer || !this._xml) {
      return;
    }
    await this._viewer.importXML(this._xml);
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    for (const id of this.completed || []) {
      if (registry.get(id)) canvas.addMarker(id, 'serasi-done');
    }
    for (const id of this.active || []) {
      if (registry.get(id)) canvas.addMarker(id, 'serasi-active');
    }
    canvas.zoom('fit-viewport');
    this.setAttribute('rendered', '');
  }
}

customElements.define('serasi-bpmn', SerasiBpmn);
