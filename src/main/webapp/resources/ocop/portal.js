/*
 * The portal's search boxes (WEB-INF/tags/searchBox.xhtml): a PrimeFaces autoComplete fed by /api/v1/suggest, inside
 * a plain GET form to /catalogue.
 * - The input is submitted as "q", whatever PrimeFaces named it, so that searches keep clean URLs.
 * - Enter with no suggestion highlighted submits what was typed (PrimeFaces alone would only close the list).
 * - A chosen suggestion goes where it leads: a product to its page, a producer or a place to the catalogue searched or
 *   filtered by it. PrimeFaces keeps only the label and value of a suggestion, so the kind and url are read from the
 *   answer it received; each line is redrawn with its kind.
 * Also unfolds the catalogue's filters on wide screens; on phones they stay folded under their summary.
 */
(function () {
    'use strict';

    var SUGGEST_PATH = '/api/v1/suggest';
    var suggestions = {}; // label -> {kind, label, value, url}, from the latest answers

    function boxOfPanel(panel) {
        if (!panel || !panel.id) {
            return null;
        }
        var field = document.getElementById(panel.id.replace(/_panel$/, ''));
        return field && field.closest('.search-box');
    }

    function isShown(element) {
        return !!element && element.getClientRects().length > 0;
    }

    function submit(box, text) {
        var form = box.closest('form');
        var input = box.querySelector('input.ui-autocomplete-input');
        if (text !== undefined && input) {
            input.value = text;
        }
        if (form.requestSubmit) {
            form.requestSubmit();
        } else {
            form.submit();
        }
    }

    /** Lower case without diacritics, one letter for one: "Mật" gives "mat", "Đồ" gives "do". */
    function fold(text) {
        return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    }

    /**
     * Redraws each line of the open lists: the words that start with a typed word in bold, diacritics or not (the
     * API matches that way; PrimeFaces' own marking ignores "Mật" for "mat"), then what kind of line it is.
     */
    function decorate(typed) {
        var words = fold(typed).split(/\s+/).filter(Boolean);
        document.querySelectorAll('.search-box__panel .ui-autocomplete-item[data-item-label]').forEach(function (item) {
            var suggestion = suggestions[item.getAttribute('data-item-label')];
            var box = boxOfPanel(item.closest('.ui-autocomplete-panel'));
            var kind = suggestion && box && box.getAttribute('data-kind-' + suggestion.kind);
            if (!kind || item.querySelector('.suggestion__kind')) {
                return;
            }
            var label = document.createElement('span');
            label.className = 'suggestion__label';
            suggestion.label.split(/(\s+)/).forEach(function (part) {
                var match = words.filter(function (word) {
                    return fold(part).indexOf(word) === 0;
                }).sort(function (a, b) {
                    return b.length - a.length;
                })[0];
                if (match) {
                    // Precomposed letters fold one for one; a decomposed word is marked whole.
                    var end = fold(part).length === part.length ? match.length : part.length;
                    var strong = document.createElement('span');
                    strong.className = 'suggestion__match';
                    strong.textContent = part.slice(0, end);
                    label.append(strong, part.slice(end));
                } else {
                    label.append(part);
                }
            });
            var separator = document.createElement('span');
            separator.className = 'visually-hidden';
            separator.textContent = ', ';
            var tag = document.createElement('span');
            tag.className = 'suggestion__kind';
            tag.textContent = kind;
            label.append(separator);
            item.textContent = '';
            item.append(label, tag);
        });
        document.querySelectorAll('.search-box__panel .ui-autocomplete-list').forEach(function (list) {
            var box = boxOfPanel(list.closest('.ui-autocomplete-panel'));
            if (box && box.getAttribute('data-list-label')) {
                list.setAttribute('aria-label', box.getAttribute('data-list-label'));
            }
        });
    }

    document.querySelectorAll('.search-box input.ui-autocomplete-input').forEach(function (input) {
        input.name = 'q';
    });

    if (window.jQuery) {
        // PrimeFaces asks the endpoint with jQuery.ajax and has drawn the list by the time this global event fires.
        window.jQuery(document).on('ajaxSuccess', function (event, xhr, settings, answer) {
            if (!answer || !Array.isArray(answer.suggestions) || String(settings.url).indexOf(SUGGEST_PATH) < 0) {
                return;
            }
            answer.suggestions.forEach(function (suggestion) {
                suggestions[suggestion.label] = suggestion;
            });
            decorate(new URL(settings.url, window.location.href).searchParams.get('query') || '');
        });
    }

    // Choosing with the mouse or with Enter (PrimeFaces turns Enter on a highlighted line into a click on it).
    document.addEventListener('click', function (event) {
        var item = event.target.closest && event.target.closest('.search-box__panel .ui-autocomplete-item');
        var box = item && boxOfPanel(item.closest('.ui-autocomplete-panel'));
        if (!box || item.classList.contains('ui-autocomplete-moretext')) {
            return;
        }
        var label = item.getAttribute('data-item-label');
        var chosen = suggestions[label];
        if (chosen && chosen.url) {
            window.location.assign((box.getAttribute('data-suggest-base') || '') + chosen.url);
        } else {
            submit(box, label);
        }
    });

    // Capturing, so that this runs before PrimeFaces' own key handling.
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.isComposing || !event.target.matches('.search-box input.ui-autocomplete-input')) {
            return;
        }
        var box = event.target.closest('.search-box');
        var panel = document.getElementById(event.target.id.replace(/_input$/, '_panel'));
        if (isShown(panel) && panel.querySelector('.ui-autocomplete-item.ui-state-highlight')) {
            return;
        }
        event.preventDefault();
        submit(box);
    }, true);

    var wide = window.matchMedia('(min-width: 48rem)');
    function unfoldWhenWide() {
        if (wide.matches) {
            document.querySelectorAll('details[data-open-when-wide]').forEach(function (details) {
                details.open = true;
            });
        }
    }
    unfoldWhenWide();
    wide.addEventListener('change', unfoldWhenWide);
}());
