/*
 * Sales points: the map over the directory (a progressive enhancement: the list is the content and stays whole when
 * Leaflet or the tiles fail), and "nearest first" on a product's "where to buy" when the visitor shares a position.
 */
(function () {
  'use strict';

  function points(list) {
    return Array.prototype.slice.call(list.querySelectorAll('.sp-item')).filter(function (li) {
      return li.dataset.lat && li.dataset.lng;
    });
  }

  function drawMap() {
    var box = document.getElementById('sp-map');
    var list = document.getElementById('sp-list');
    if (!box || !list || !box.dataset.tiles || typeof window.L === 'undefined') {
      return;
    }
    var items = points(list);
    if (items.length === 0) {
      return;
    }
    box.hidden = false;
    var fallback = box.querySelector('.sp-map__fallback');
    var map = window.L.map(box, {scrollWheelZoom: false});
    var failed = 0;
    var layer = window.L.tileLayer(box.dataset.tiles, {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    });
    layer.on('tileerror', function () {
      failed += 1;
      if (failed >= 3 && fallback) {
        // The tiles cannot be reached: say so; the markers and the list still work.
        fallback.hidden = false;
      }
    });
    layer.addTo(map);
    var bounds = [];
    items.forEach(function (li) {
      var at = [parseFloat(li.dataset.lat), parseFloat(li.dataset.lng)];
      bounds.push(at);
      var marker = window.L.marker(at, {title: li.dataset.name, alt: li.dataset.name}).addTo(map);
      if (li.dataset.href) {
        var link = document.createElement('a');
        link.href = li.dataset.href;
        link.textContent = li.dataset.name;
        marker.bindPopup(link);
      }
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 14);
    } else {
      map.fitBounds(bounds, {padding: [24, 24], maxZoom: 14});
    }
  }

  function km(lat1, lng1, lat2, lng2) {
    var rad = Math.PI / 180;
    var dLat = (lat2 - lat1) * rad;
    var dLng = (lng2 - lng1) * rad;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
      + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** Re-sorts the list nearest first from a position; points without coordinates keep their order, last. */
  function sortNearest(list, lat, lng, template) {
    var items = Array.prototype.slice.call(list.children);
    items.forEach(function (li, i) {
      li.dataset.order = i;
      if (li.dataset.lat && li.dataset.lng) {
        var d = km(lat, lng, parseFloat(li.dataset.lat), parseFloat(li.dataset.lng));
        li.dataset.distance = d;
        var label = li.querySelector('.sp-item__distance');
        if (label) {
          label.textContent = ' · ' + template.replace('{0}', d < 10 ? d.toFixed(1) : Math.round(d));
        }
      }
    });
    items.sort(function (a, b) {
      var da = a.dataset.distance === undefined ? Infinity : parseFloat(a.dataset.distance);
      var db = b.dataset.distance === undefined ? Infinity : parseFloat(b.dataset.distance);
      return da - db || a.dataset.order - b.dataset.order;
    });
    items.forEach(function (li) {
      list.appendChild(li);
    });
  }

  function nearestFirst() {
    var button = document.getElementById('sp-nearest');
    var list = document.getElementById('sp-where');
    if (!button || !list || !navigator.geolocation || points(list).length === 0) {
      return;
    }
    var status = document.getElementById('sp-nearest-status');
    var query = new URLSearchParams(window.location.search);
    if (query.has('lat') && query.has('lng')) {
      sortNearest(list, parseFloat(query.get('lat')), parseFloat(query.get('lng')), button.dataset.distance);
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        sortNearest(list, position.coords.latitude, position.coords.longitude, button.dataset.distance);
      }, function () {
        if (status) {
          status.textContent = button.dataset.denied;
        }
      }, {maximumAge: 600000, timeout: 10000});
    });
  }

  function start() {
    nearestFirst();
    drawMap();
  }

  if (document.readyState === 'complete') {
    start();
  } else {
    // After the deferred Leaflet script has run.
    window.addEventListener('load', start);
  }
}());
