/*
 * The producer's map position, a progressive enhancement: on the profile form a click on the map (or dragging the
 * marker) fills the latitude and longitude fields, which stay the real input; on the public page the map shows the
 * marker beside the position written out. Without Leaflet or tiles both pages work as they are.
 */
(function () {
  'use strict';

  var VIETNAM = [16.0, 106.0];

  function round(degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  function tiles(box, map) {
    var fallback = box.querySelector('.pp-map__fallback');
    var failed = 0;
    var layer = window.L.tileLayer(box.dataset.tiles, {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    });
    layer.on('tileerror', function () {
      failed += 1;
      if (failed >= 3 && fallback) {
        fallback.hidden = false;
      }
    });
    layer.addTo(map);
  }

  function picker(box) {
    var lat = document.getElementById(box.dataset.lat);
    var lng = document.getElementById(box.dataset.lng);
    if (!lat || !lng) {
      return;
    }
    box.hidden = false;
    var map = window.L.map(box, {scrollWheelZoom: false});
    tiles(box, map);
    var marker = null;
    function place(at, move) {
      if (marker) {
        marker.setLatLng(at);
      } else {
        marker = window.L.marker(at, {draggable: true, keyboard: true}).addTo(map);
        marker.on('dragend', function () {
          var p = marker.getLatLng();
          lat.value = round(p.lat);
          lng.value = round(p.lng);
        });
      }
      if (move) {
        map.setView(at, Math.max(map.getZoom() || 0, 13));
      }
    }
    function fromFields(move) {
      var a = parseFloat(lat.value);
      var b = parseFloat(lng.value);
      if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
        place([a, b], move);
        return true;
      }
      return false;
    }
    map.setView(VIETNAM, 5);
    fromFields(true);
    map.on('click', function (e) {
      lat.value = round(e.latlng.lat);
      lng.value = round(e.latlng.lng);
      place(e.latlng, false);
    });
    lat.addEventListener('change', function () { fromFields(true); });
    lng.addEventListener('change', function () { fromFields(true); });
  }

  function shown(box) {
    var a = parseFloat(box.dataset.lat);
    var b = parseFloat(box.dataset.lng);
    if (!isFinite(a) || !isFinite(b)) {
      return;
    }
    box.hidden = false;
    var map = window.L.map(box, {scrollWheelZoom: false});
    tiles(box, map);
    window.L.marker([a, b], {title: box.dataset.name, alt: box.dataset.name}).addTo(map);
    map.setView([a, b], 14);
  }

  function start() {
    var box = document.getElementById('pp-map');
    if (!box || !box.dataset.tiles || typeof window.L === 'undefined') {
      return;
    }
    if (box.dataset.name) {
      shown(box);
    } else {
      picker(box);
    }
  }

  if (document.readyState === 'complete') {
    start();
  } else {
    // After the deferred Leaflet script has run.
    window.addEventListener('load', start);
  }
}());
