#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end2 = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end2 = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end2 = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end2 = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end2) {
            if (split) {
              folds.push(split);
              end2 = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end2 = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end3 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end3)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end3)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end2 = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end2 = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end2;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end2 = value2.substring(endStart);
      const endNlPos = end2.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end2 || endNlPos !== end2.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end2) {
        value2 = value2.slice(0, -end2.length);
        if (end2[end2.length - 1] === "\n")
          end2 = end2.slice(0, -1);
        end2 = end2.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end2}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value2}${end2}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify3(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify3.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify3.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value3);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify3 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify3.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify4(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify3.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify3.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end: end2 } = flowChars;
      if (lines.length === 0) {
        return start + end2;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end2}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end2}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num2 = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n3 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n3 : n3;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign2 === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num2 = (n) => n;
      if (typeof value2 === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value2 < 0) {
        sign2 = "-";
        value2 *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify3 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify3.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify3.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify3.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col: col2 } = error.linePos[0];
      error.message += ` at line ${line}, column ${col2}`;
      let ci = col2 - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end2 = error.linePos[1];
        if (end2?.line === line && end2.col > col2) {
          count2 = Math.max(1, Math.min(end2.col - col2, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab2 = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab2) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab2 = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab2 = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end2 = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab2 && (atNewline && tab2.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end: end2,
        start: start ?? end2
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end2 = fc.end[0];
        if (end2.indent === indent && (end2.source === "]" || end2.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end2, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end2, offset, reqSpace, onError) {
      let comment = "";
      if (end2) {
        let hasSpace = false;
        let sep = "";
        for (const token of end2) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end2 = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end2.comment) {
          if (coll.comment)
            coll.comment += "\n" + end2.comment;
          else
            coll.comment = end2.comment;
        }
        coll.range = [fc.offset, cePos, end2.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl3 } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl3 || nl3.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end3 = start + header2.length;
        if (scalar.source)
          end3 += scalar.source.length;
        return { value: value3, type, comment: header2.comment, range: [start, end3, end3] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end2 = start + header2.length + scalar.source.length;
      return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end: end2 } = scalar;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end2, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value2);
      }
      scalar.range = range;
      scalar.source = value2;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end: end2 }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end2;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end: end2 }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end2, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end: end2 }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end2?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end2, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end2 = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end2.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end2.comment}` : end2.comment;
            }
            this.doc.range[2] = end2.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end2 = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end2))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end: end2 };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end: end2 };
        default:
          return { type: "scalar", offset, indent, source, end: end2 };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end2) {
      if (end2)
        for (const st of end2)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end2 = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end2)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end: end2 });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl3 = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl3] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end2 = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end: end2 });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify3 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end2 = this.lineEndPos;
        if (typeof end2 !== "number" || end2 !== -1 && end2 < this.pos) {
          end2 = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end2;
        }
        if (end2 === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end2 - 1] === "\r")
          end2 -= 1;
        return this.buffer.substring(this.pos, end2);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl3, sp;
        let indent = -1;
        do {
          nl3 = yield* this.pushNewline();
          if (nl3 > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl3 + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end2 = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end2 !== -1 && this.buffer[end2 + 1] === "'")
            end2 = this.buffer.indexOf("'", end2 + 2);
        } else {
          while (end2 !== -1) {
            let n = 0;
            while (this.buffer[end2 - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end2 = this.buffer.indexOf('"', end2 + 1);
          }
        }
        const qb = this.buffer.substring(0, end2);
        let nl3 = qb.indexOf("\n", this.pos);
        if (nl3 !== -1) {
          while (nl3 !== -1) {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = qb.indexOf("\n", cs);
          }
          if (nl3 !== -1) {
            end2 = nl3 - (qb[nl3 - 1] === "\r" ? 2 : 1);
          }
        }
        if (end2 === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end2 = this.buffer.length;
        }
        yield* this.pushToIndex(end2 + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl3 = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl3 = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = this.buffer.indexOf("\n", cs);
          } while (nl3 !== -1);
          if (nl3 === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl3 = this.buffer.length;
          }
        }
        let i = nl3 + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl3 = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl3 - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl3 = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl3 + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end2 = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end2 = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end2 = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end2 = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end2 + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl3 = this.source.indexOf("\n") + 1;
              while (nl3 !== 0) {
                this.onNewLine(this.offset + nl3);
                nl3 = this.source.indexOf("\n", nl3) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end2 = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end2) ? end2[end2.length - 1] : void 0;
              if (last?.type === "comment")
                end2?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end2 = prev?.value?.end;
                if (Array.isArray(end2)) {
                  arrayPushArray(end2, it.start);
                  end2.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl3 = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl3.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl3.length = 0;
                  break;
                default:
                  nl3.length = 0;
              }
            }
            if (nl3.length >= 2)
              start = it.sep.splice(nl3[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end2 = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end2) ? end2[end2.length - 1] : void 0;
              if (last?.type === "comment")
                end2?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end2 = prev?.value?.end;
                if (Array.isArray(end2)) {
                  arrayPushArray(end2, it.start);
                  end2.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl3 = this.source.indexOf("\n") + 1;
          while (nl3 !== 0) {
            this.onNewLine(this.offset + nl3);
            nl3 = this.source.indexOf("\n", nl3) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify3(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify3;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cliMain.ts
import { parseArgs } from "node:util";

// src/config/load.ts
import { readFileSync } from "node:fs";

// src/errors.ts
var ConfigError = class extends Error {
  issues;
  source;
  constructor(source, issues) {
    super(issues.map((i) => `${source}: ${i.path ? `${i.path}: ` : ""}${i.message}`).join("\n"));
    this.name = "ConfigError";
    this.source = source;
    this.issues = issues;
  }
};
var DataError = class extends Error {
  file;
  line;
  column;
  detail;
  constructor(file, detail, where = {}) {
    const line = where.line ?? null;
    const column = where.column ?? null;
    const loc = `${file}${line !== null ? `:${line}` : ""}${column !== null ? ` (column "${column}")` : ""}`;
    super(`${loc}: ${detail}`);
    this.name = "DataError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
};
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function isUserError(e) {
  return e instanceof ConfigError || e instanceof DataError || e instanceof UsageError;
}
function describeUnexpected(e) {
  if (e instanceof Error) return `Unexpected error (this is a bug in model-release-gate, please report it): ${e.message}`;
  return `Unexpected error (this is a bug in model-release-gate, please report it): ${String(e)}`;
}

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/metrics/catalog.ts
var BIN = ["binary"];
var info = (name2, tasks, direction, family, rate, description) => ({ name: name2, tasks, direction, family, rate, description });
var METRICS = [
  info("accuracy", ["binary", "multiclass"], "higher", "decision", true, "share of examples decided correctly"),
  info("precision", BIN, "higher", "decision", true, "TP / (TP + FP)"),
  info("recall", BIN, "higher", "decision", true, "TP / (TP + FN)"),
  info("f1", BIN, "higher", "decision", true, "harmonic mean of precision and recall"),
  info("fpr", BIN, "lower", "decision", true, "FP / (FP + TN)"),
  info("positive_rate", BIN, "lower", "decision", true, "share of examples decided positive"),
  info("expected_cost", BIN, "lower", "decision", false, "mean cost per example from the cost matrix"),
  info("auc", BIN, "higher", "ranking", true, "area under the ROC curve"),
  info("pr_auc", BIN, "higher", "ranking", true, "average precision (area under the precision-recall curve, step-wise)"),
  info("log_loss", BIN, "lower", "mean", false, "mean negative log-likelihood of the labels"),
  info("brier", BIN, "lower", "mean", false, "mean squared error of the probability"),
  info("ece", BIN, "lower", "other", true, "expected calibration error, 10 equal-width bins"),
  info("macro_f1", ["multiclass"], "higher", "decision", true, "unweighted mean of per-class F1"),
  info("macro_recall", ["multiclass"], "higher", "decision", true, "unweighted mean of per-class recall"),
  info("mae", ["regression"], "lower", "mean", false, "mean absolute error"),
  info("rmse", ["regression"], "lower", "other", false, "root mean squared error"),
  info("mape", ["regression"], "lower", "other", false, "mean absolute percentage error as scikit-learn: |error| / max(|label|, 2.2e-16), so a label of 0 makes it huge"),
  info("bias", ["regression"], "lower", "mean", false, "mean of prediction - label; judged on its absolute value"),
  info("latency_p50_ms", "shadow", "lower", "shadow", false, "median serving latency"),
  info("latency_p95_ms", "shadow", "lower", "shadow", false, "95th percentile serving latency"),
  info("latency_p99_ms", "shadow", "lower", "shadow", false, "99th percentile serving latency"),
  info("cost_per_1k", "shadow", "lower", "shadow", false, "serving cost in USD per 1,000 requests"),
  info("error_rate", "shadow", "lower", "shadow", true, "share of requests that failed or timed out"),
  info("agreement", "shadow", "higher", "shadow", true, "share of requests where both models decided the same"),
  info("score_psi", "shadow", "lower", "shadow", false, "population stability index of the candidate's scores against the baseline's")
];
var BY_NAME = new Map(METRICS.map((m) => [m.name, m]));
function splitMetricName(name2) {
  const m = /^([a-z_0-9]+)\[(.+)\]$/.exec(name2);
  return m ? { base: m[1], arg: m[2] } : { base: name2, arg: null };
}
function lookupMetric(name2, task, declared) {
  const { base, arg } = splitMetricName(name2);
  if (arg !== null) {
    if (base === "mean") {
      return info(name2, [task], declared ?? "higher", "mean", false, `mean of column ${arg}`);
    }
    if (base === "recall" && task === "multiclass") {
      return info(name2, ["multiclass"], "higher", "decision", true, `recall of class ${arg}`);
    }
    return null;
  }
  const m = BY_NAME.get(name2);
  if (!m || m.tasks === "shadow" || !m.tasks.includes(task)) return null;
  return m;
}
function lookupShadowMetric(name2) {
  const m = BY_NAME.get(name2);
  return m && m.tasks === "shadow" ? m : null;
}
function metricNames(task) {
  return METRICS.filter((m) => m.tasks !== "shadow" && m.tasks.includes(task)).map((m) => m.name);
}
function shadowMetricNames() {
  return METRICS.filter((m) => m.tasks === "shadow").map((m) => m.name);
}

// src/text/suggest.ts
function editDistance(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
function didYouMean(input, candidates) {
  const norm = (s) => s.toLowerCase().replace(/-/g, "_");
  const x = norm(input);
  if (x.length === 0) return null;
  const limit = Math.min(3, Math.max(1, Math.floor(x.length / 3)));
  let best = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    const y = norm(c);
    let score2 = editDistance(x, y);
    if (score2 >= Math.min(x.length, y.length)) score2 = Infinity;
    if (score2 > limit) {
      const prefix = Math.min(x.length, y.length) >= 3 && (y.startsWith(x) || x.startsWith(y));
      if (!prefix) continue;
      score2 = limit + 0.5;
    }
    if (score2 < bestScore) {
      best = c;
      bestScore = score2;
    }
  }
  return best;
}

// src/config/issues.ts
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = /^[^\s."'`]+$/.test(part) ? part : JSON.stringify(part);
      out += out === "" ? key : `.${key}`;
    }
  }
  return out;
}
function show(value2) {
  if (value2 === void 0 || value2 === null) return "nothing";
  if (typeof value2 === "string") return JSON.stringify(value2);
  if (typeof value2 === "number" || typeof value2 === "boolean") return String(value2);
  const kind = Array.isArray(value2) ? "a list" : "a mapping";
  let text;
  try {
    text = JSON.stringify(value2);
  } catch {
    text = "";
  }
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `${kind} ${text}`.trimEnd();
}
function oneOf(values) {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
function suggestion(input, candidates) {
  const s = didYouMean(input, candidates);
  return s === null ? "" : `; did you mean \`${s}\`?`;
}
function withValid(base, input, candidates, valid) {
  const hint = suggestion(input, candidates);
  return hint ? `${base}${hint} Valid: ${valid.join(", ")}` : `${base}; valid: ${valid.join(", ")}`;
}
function isMapping(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var Issues = class {
  list = [];
  /** The key path of each issue, to order them as the document is written. */
  paths = [];
  add(path, message) {
    this.list.push({ path: formatPath(path), message });
    this.paths.push(path);
  }
  /** True when an issue was reported at the top-level `key` or below it. */
  has(key) {
    return this.paths.some((p) => p[0] === key);
  }
  /**
   * The issues in the order their keys are written in `doc`: a key's issues
   * before its children's, keys the document lacks after its written ones,
   * otherwise in the order found.
   */
  inDocumentOrder(doc) {
    const position = (path) => {
      const out = [];
      let node = doc;
      for (const key of path) {
        if (isMapping(node)) {
          const keys = Object.keys(node);
          const i = keys.indexOf(String(key));
          out.push(i < 0 ? keys.length : i);
          node = i < 0 ? void 0 : node[String(key)];
        } else if (Array.isArray(node) && typeof key === "number") {
          out.push(key);
          node = node[key];
        } else break;
      }
      return out;
    };
    const compare = (a, b) => {
      for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
      return a.length - b.length;
    };
    return this.list.map((issue, i) => ({ issue, pos: position(this.paths[i]), i })).sort((a, b) => compare(a.pos, b.pos) || a.i - b.i).map((x) => x.issue);
  }
  /** `unknown key \`x\`; did you mean \`y\`?`, or the valid keys when nothing is close. */
  unknownKey(path, key, valid, what = "key") {
    const hint = suggestion(key, valid);
    this.add([...path, key], `unknown ${what} \`${key}\`${hint || (valid.length ? `; valid ${what}s: ${valid.join(", ")}` : "")}`);
  }
  /** Reports every key of `obj` not in `valid`; true when there were none. */
  checkKeys(path, obj, valid) {
    let ok = true;
    for (const key of Object.keys(obj)) {
      if (!valid.includes(key)) {
        this.unknownKey(path, key, valid);
        ok = false;
      }
    }
    return ok;
  }
  get count() {
    return this.list.length;
  }
};

// src/config/defaults.ts
var DEFAULTS = {
  task: "binary",
  threshold: 0.5,
  columns: {
    id: "id",
    label: "label",
    score: "score",
    prediction: "prediction",
    weight: "weight",
    segments: [],
    request_id: "request_id",
    model: "model",
    latency_ms: "latency_ms",
    cost_usd: "cost_usd",
    input_tokens: "input_tokens",
    output_tokens: "output_tokens",
    error: "error"
  },
  segments: { min_samples: 200 },
  statistics: { confidence: 0.95, correction: "holm", seed: 1, resamples: 2e3 },
  integrity: { min_coverage: 0.99 },
  shadow: { models: { baseline: "baseline", candidate: "candidate" } }
};
var DEFAULT_METRICS = {
  binary: {
    auc: { max_drop: 0.01 },
    recall: { max_drop: "1pp" },
    precision: { max_drop: "1pp" },
    log_loss: { max_increase: "5%" }
  },
  multiclass: {
    accuracy: { max_drop: "1pp" },
    macro_f1: { max_drop: "1pp" }
  },
  regression: {
    mae: { max_increase: "2%" },
    rmse: { max_increase: "2%" }
  }
};
var DEFAULT_ENVELOPE = {
  latency_p99_ms: { max_increase: "10%" },
  cost_per_1k: { max_increase: "5%" },
  error_rate: { max_increase: "0.5pp" }
};

// src/config/schema.ts
var enumOf = (values, def, description) => ({
  kind: "enum",
  values,
  default: def,
  description
});
var num = (description, def, range, integer = false) => ({
  kind: "number",
  integer,
  range,
  ...def === void 0 ? {} : { default: def },
  description
});
var name = (def, description) => ({ kind: "name", default: def, description });
function section(description, fields, optional = false) {
  return { kind: "section", fields, optional, description };
}
var special = (defaultText, description, json) => ({
  kind: "special",
  defaultText,
  description,
  json
});
var RULE_KEYS = {
  direction: {
    json: { enum: ["higher", "lower"] },
    description: "`mean[X]` only, required there: `higher` or `lower`, which way is better."
  },
  costs: {
    json: { $ref: "#/$defs/costs" },
    description: "`expected_cost` only, required there: `{ fp, fn, tp, tn }`, the cost of each outcome per example (`tp`, `tn` default 0)."
  },
  min: {
    json: { $ref: "#/$defs/limit" },
    description: 'Lowest value the candidate may have. A number in the metric\'s units; for rates also `"90%"` (= 0.9) or `"0.5pp"` (= 0.005).'
  },
  max: {
    json: { $ref: "#/$defs/limit" },
    description: "Highest value the candidate may have; same forms as `min`."
  },
  max_drop: {
    json: { $ref: "#/$defs/tolerance" },
    description: 'Metrics where higher is better: the largest drop from the baseline allowed. A number in the metric\'s units, `"2%"` relative to the baseline, or `"1pp"` percentage points (rates only).'
  },
  max_increase: {
    json: { $ref: "#/$defs/tolerance" },
    description: "Metrics where lower is better: the largest increase over the baseline allowed; same forms as `max_drop`."
  },
  severity: {
    json: { enum: ["fail", "warn"], default: "fail" },
    description: "`fail` (default) blocks the merge when the rule is broken; `warn` only reports it."
  }
};
var C = DEFAULTS.columns;
var col = (key, description) => name(C[key], description);
var CONFIG_SCHEMA = {
  task: enumOf(["binary", "multiclass", "regression"], DEFAULTS.task, "What the model predicts; decides which metrics exist."),
  threshold: num(
    "Binary only: the decision threshold on `score` (positive when `score >= threshold`) for rows without a `prediction`.",
    DEFAULTS.threshold,
    { min: 0, max: 1 }
  ),
  columns: section("Names of the data columns, where they differ from the defaults.", {
    id: col("id", "Example id; joins the two eval files."),
    label: col("label", "True label: 0/1, class name, or number."),
    score: col("score", "Binary: P(positive); regression: the prediction; shadow: the model's score."),
    prediction: col("prediction", "Optional hard decision or class."),
    weight: col("weight", "Optional example weight."),
    segments: {
      kind: "names",
      default: C.segments,
      description: "Columns to cut the results by; each value of each column is a segment."
    },
    request_id: col("request_id", "Shadow log: joins the two models' rows."),
    model: col("model", "Shadow log: which model served the row (values under `shadow.models`)."),
    latency_ms: col("latency_ms", "Shadow log: serving latency in milliseconds."),
    cost_usd: col("cost_usd", "Shadow log: cost of the request in USD."),
    input_tokens: col("input_tokens", "Shadow log: input tokens (priced with `shadow.pricing` when there is no cost column)."),
    output_tokens: col("output_tokens", "Shadow log: output tokens."),
    error: col("error", "Shadow log: `true`/`false` or 1/0, the request failed or timed out.")
  }),
  segments: section("How results are cut into segments.", {
    min_samples: num(
      "Segments with fewer rows are `insufficient` (a warning) instead of judged.",
      DEFAULTS.segments.min_samples,
      { min: 1 },
      true
    ),
    cross: special("`[]`", "Crossed segments: lists of 2 or more columns from `columns.segments`, e.g. `[[region, device]]`.", {
      type: "array",
      items: { type: "array", items: { type: "string", minLength: 1 }, minItems: 2, uniqueItems: true }
    })
  }),
  statistics: section("How changes are tested.", {
    confidence: num(
      "Confidence level of intervals and tests: a worsening beyond tolerance fails only when significant at this level.",
      DEFAULTS.statistics.confidence,
      { min: 0.5, max: 1, minExclusive: true, maxExclusive: true }
    ),
    correction: enumOf(
      ["holm", "bh", "none"],
      DEFAULTS.statistics.correction,
      "Multiple-testing correction across all change checks of a run: Holm (family-wise error), Benjamini-Hochberg (false discovery rate), or none."
    ),
    seed: num("Seed of every resample, so the same inputs give the same report.", DEFAULTS.statistics.seed, { min: 0, max: 4294967295 }, true),
    resamples: num("Bootstrap resamples for metrics without a closed-form test.", DEFAULTS.statistics.resamples, { min: 200, max: 1e5 }, true)
  }),
  integrity: section("Checks that the two eval files describe the same examples.", {
    min_coverage: num(
      "Share of ids that must be present in both eval files; less is an integrity failure.",
      DEFAULTS.integrity.min_coverage,
      { min: 0, max: 1, minExclusive: true }
    )
  }),
  metrics: special(
    "per task, see below",
    "Offline rules, applied to every segment: metric name -> rule. `recall: {}` (or `recall:`) measures and reports without limits.",
    { $ref: "#/$defs/metrics" }
  ),
  overrides: special(
    "`{}`",
    "Per-segment rule changes: segment id (`overall`, `region=BR`, `region=BR&device=ios`) -> metric -> rule keys that replace the metric's own there; `null` removes a limit.",
    {
      type: "object",
      propertyNames: { pattern: "^(overall|[^=&]+=[^&]*(&[^=&]+=[^&]*)*)$" },
      additionalProperties: { type: "object", additionalProperties: { $ref: "#/$defs/rule" } }
    }
  ),
  shadow: section(
    "Shadow-run checks; absent: no shadow rules are configured.",
    {
      models: section("The values of the `model` column.", {
        baseline: name(DEFAULTS.shadow.models.baseline, "The production model's rows."),
        candidate: name(DEFAULTS.shadow.models.candidate, "The candidate's rows.")
      }),
      pricing: section(
        "Token prices in USD, to compute cost from `input_tokens`/`output_tokens` when there is no `cost_usd` column.",
        {
          input_per_1k_tokens: num("USD per 1,000 input tokens.", void 0, { min: 0 }),
          output_per_1k_tokens: num("USD per 1,000 output tokens.", void 0, { min: 0 })
        },
        true
      ),
      envelope: special(
        "see below",
        "Serving rules: shadow metric -> rule (`latency_p50_ms`, `latency_p95_ms`, `latency_p99_ms`, `cost_per_1k`, `error_rate`, `agreement`, `score_psi`).",
        { $ref: "#/$defs/envelope" }
      ),
      agreement: special("none", "Rule on the share of requests both models decide the same (same as `envelope.agreement`).", {
        $ref: "#/$defs/rule"
      }),
      score_psi: special("none", "Rule on the population stability index of the candidate's scores (same as `envelope.score_psi`).", {
        $ref: "#/$defs/rule"
      }),
      value_for_money: special(
        "none",
        "`{ metric, max_cost_per_1k_per_point, severity }`: the most extra `cost_per_1k` allowed per point (0.01) of lift in an offline metric.",
        {
          type: ["object", "null"],
          additionalProperties: false,
          required: ["metric", "max_cost_per_1k_per_point"],
          properties: {
            metric: { type: "string" },
            max_cost_per_1k_per_point: { type: "number", minimum: 0 },
            severity: RULE_KEYS.severity.json
          }
        }
      )
    },
    true
  )
};

// src/config/read.ts
function describeNumber(f) {
  const what = f.integer ? "an integer" : "a number";
  const { min, max, minExclusive, maxExclusive } = f.range;
  if (min !== void 0 && max !== void 0) {
    if (!minExclusive && !maxExclusive) return `${what} from ${min} to ${max}`;
    return `${what} ${minExclusive ? "greater than" : "of at least"} ${min} and ${maxExclusive ? "less than" : "at most"} ${max}`;
  }
  if (min !== void 0) return `${what} ${minExclusive ? "greater than" : "of at least"} ${min}`;
  if (max !== void 0) return `${what} ${maxExclusive ? "less than" : "of at most"} ${max}`;
  return what;
}
function inRange(x, f) {
  const { min, max, minExclusive, maxExclusive } = f.range;
  if (!Number.isFinite(x) || f.integer && !Number.isInteger(x)) return false;
  if (min !== void 0 && (minExclusive ? x <= min : x < min)) return false;
  if (max !== void 0 && (maxExclusive ? x >= max : x > max)) return false;
  return true;
}
function readName(value2, path, issues, what = "name") {
  if (typeof value2 === "string" && value2.trim() !== "") return value2;
  const hint = typeof value2 === "number" || typeof value2 === "boolean" ? `; quote it to use it as a ${what}: "${value2}"` : "";
  issues.add(path, `expected a non-empty ${what}, got ${show(value2)}${hint}`);
  return null;
}
function readNames(value2, path, issues, what = "name") {
  if (!Array.isArray(value2)) {
    issues.add(path, `expected a list of ${what}s such as [region, device], got ${show(value2)}`);
    return null;
  }
  const out = [];
  value2.forEach((item, i) => {
    const n = readName(item, [...path, i], issues, what);
    if (n === null) return;
    if (out.includes(n)) issues.add([...path, i], `${JSON.stringify(n)} is listed twice`);
    else out.push(n);
  });
  return out;
}
function readField(field, value2, path, issues) {
  if (field.kind === "special") return value2;
  if (field.kind === "section") return field.optional ? readSection(field.fields, value2, path, issues, true) : readSection(field.fields, value2, path, issues);
  if (value2 === void 0 || value2 === null) {
    if (field.kind === "number" && field.default === void 0) {
      issues.add(path, `missing: expected ${describeNumber(field)} (${field.description.replace(/\.$/, "")})`);
      return 0;
    }
    return field.kind === "names" ? [...field.default] : field.default;
  }
  switch (field.kind) {
    case "enum":
      if (typeof value2 === "string" && field.values.includes(value2)) return value2;
      issues.add(
        path,
        `expected ${oneOf(field.values)}, got ${show(value2)}${typeof value2 === "string" ? suggestion(value2, field.values) : ""}`
      );
      return field.default;
    case "number":
      if (typeof value2 === "number" && inRange(value2, field)) return value2;
      issues.add(path, `expected ${describeNumber(field)}, got ${show(value2)}`);
      return field.default ?? 0;
    case "name":
      return readName(value2, path, issues) ?? field.default;
    case "names":
      return readNames(value2, path, issues) ?? [...field.default];
  }
}
function readSection(fields, raw, path, issues, optional = false) {
  if ((raw === void 0 || raw === null) && optional) return null;
  let obj = {};
  if (isMapping(raw)) obj = raw;
  else if (raw !== void 0 && raw !== null) {
    issues.add(path, `expected a mapping with keys ${Object.keys(fields).join(", ")}, got ${show(raw)}`);
    if (optional) return null;
  }
  const keys = Object.keys(fields);
  issues.checkKeys(path, obj, keys);
  const out = {};
  for (const key of keys) out[key] = readField(fields[key], obj[key], [...path, key], issues);
  return out;
}

// src/config/columns.ts
var EVAL_ROLES = ["id", "label", "score", "prediction", "weight"];
var SHADOW_ROLES = ["request_id", "model", "score", "prediction", "label", "latency_ms", "cost_usd", "input_tokens", "output_tokens", "error"];
function checkColumnRoles(columns, issues) {
  const reported = /* @__PURE__ */ new Set();
  for (const roles of [EVAL_ROLES, SHADOW_ROLES]) {
    const seen = /* @__PURE__ */ new Map();
    for (const role of roles) {
      const name2 = columns[role];
      const first = seen.get(name2);
      if (first !== void 0 && !reported.has(`${first}/${role}`)) {
        reported.add(`${first}/${role}`);
        issues.add(["columns", role], `${JSON.stringify(name2)} is already the ${first} column; each role needs its own column`);
      } else if (first === void 0) seen.set(name2, role);
    }
  }
  const roleOf = /* @__PURE__ */ new Map();
  for (const role of [...EVAL_ROLES, ...SHADOW_ROLES]) if (!roleOf.has(columns[role])) roleOf.set(columns[role], role);
  columns.segments.forEach((name2) => {
    const role = roleOf.get(name2);
    if (role !== void 0) {
      issues.add(["columns", "segments"], `${JSON.stringify(name2)} is the ${role} column; a segment column must be another column (rename the ${role} column under columns if needed)`);
    }
  });
}

// src/config/segments.ts
function notSegmentColumn(name2, segmentColumns) {
  if (segmentColumns.length === 0) return `${JSON.stringify(name2)} is not a segment column; add it to columns.segments first`;
  return `${JSON.stringify(name2)} is not in columns.segments (${segmentColumns.join(", ")})${suggestion(name2, segmentColumns)}`;
}
function readCross(raw, segmentColumns, issues) {
  const path = ["segments", "cross"];
  if (raw === void 0 || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.add(path, `expected a list of column lists such as [[region, device]], got ${show(raw)}`);
    return [];
  }
  const out = [];
  const sets = [];
  raw.forEach((item, i) => {
    const p = [...path, i];
    if (!Array.isArray(item)) {
      issues.add(p, `expected a list of 2 or more segment columns such as [region, device], got ${show(item)}`);
      return;
    }
    const before = issues.count;
    const names = [];
    item.forEach((v, j) => {
      const n = readName(v, [...p, j], issues, "column name");
      if (n === null) return;
      if (!segmentColumns.includes(n)) issues.add([...p, j], notSegmentColumn(n, segmentColumns));
      else if (names.includes(n)) issues.add([...p, j], `${JSON.stringify(n)} appears twice in this cross`);
      else names.push(n);
    });
    if (item.length < 2) issues.add(p, `a cross needs 2 or more columns, got ${show(item)}`);
    if (issues.count > before) return;
    const key = [...names].sort().join("\0");
    const dup = sets.find((s) => s.key === key);
    if (dup) {
      issues.add(p, `${show(item)} crosses the same columns as segments.cross[${dup.index}]`);
      return;
    }
    sets.push({ key, index: i });
    out.push(names);
  });
  return out;
}
function checkSegmentId(id, segmentColumns, cross, path, issues) {
  if (id === "overall") return true;
  const parts = id.split("&").map((p) => {
    const eq = p.indexOf("=");
    return eq > 0 ? { column: p.slice(0, eq), value: p.slice(eq + 1) } : null;
  });
  if (parts.some((p) => p === null || p.value === "")) {
    issues.add(path, `segment id ${JSON.stringify(id)} is not valid: write overall, column=value, or a=x&b=y for a cross`);
    return false;
  }
  const columns = parts.map((p) => p.column);
  let ok = true;
  columns.forEach((c, i) => {
    if (!segmentColumns.includes(c)) {
      issues.add(path, `column ${notSegmentColumn(c, segmentColumns)}`);
      ok = false;
    } else if (columns.indexOf(c) !== i) {
      issues.add(path, `column ${JSON.stringify(c)} appears twice in segment id ${JSON.stringify(id)}`);
      ok = false;
    }
  });
  if (!ok || columns.length === 1) return ok;
  const same = cross.find((cr3) => cr3.length === columns.length && cr3.every((c) => columns.includes(c)));
  if (!same) {
    issues.add(path, `segment id ${JSON.stringify(id)} crosses ${columns.join(" and ")}, which segments.cross does not; add [${columns.join(", ")}] there`);
    return false;
  }
  if (same.some((c, i) => c !== columns[i])) {
    const fixed2 = same.map((c) => `${c}=${parts.find((p) => p.column === c).value}`).join("&");
    issues.add(path, `write the columns in the order of the cross [${same.join(", ")}]: ${JSON.stringify(fixed2)}`);
    return false;
  }
  return true;
}

// src/config/tolerance.ts
var AMOUNT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?(%|pp)?$/;
function parseAmount(value2) {
  if (typeof value2 === "number") {
    return Number.isFinite(value2) ? { number: value2, scaled: value2, unit: "", text: String(value2) } : null;
  }
  if (typeof value2 !== "string") return null;
  const m = AMOUNT.exec(value2);
  if (!m) return null;
  const exp = m[2] === void 0 ? 0 : Number(m[2]);
  const unit = m[3] ?? "";
  const number = Number(`${m[1]}e${exp}`);
  const scaled = unit === "" ? number : Number(`${m[1]}e${exp - 2}`);
  if (!Number.isFinite(number)) return null;
  return { number, scaled, unit, text: unit === "" ? String(number) : value2 };
}
function spacingHint(value2) {
  if (typeof value2 !== "string" || !/\s/.test(value2)) return "";
  const tight = value2.replace(/\s+/g, "");
  return parseAmount(tight) ? `; write it without spaces: ${JSON.stringify(tight)}` : "";
}
function toTolerance(a) {
  if (a.unit === "%") return { kind: "relative", value: a.scaled, text: a.text };
  if (a.unit === "pp") return { kind: "points", value: a.scaled, text: a.text };
  return { kind: "absolute", value: a.number, text: a.text };
}
function toleranceAmount(tol, baseline) {
  return tol.kind === "relative" ? tol.value * Math.abs(baseline) : tol.value;
}

// src/config/rule.ts
var YAML_KEY = { min: "min", max: "max", maxDrop: "max_drop", maxIncrease: "max_increase" };
var SEVERITIES = ["fail", "warn"];
function changeKey(direction) {
  return direction === "higher" ? "max_drop" : "max_increase";
}
function ruleKeysFor(m, mode) {
  return Object.keys(RULE_KEYS).filter((k) => {
    if (k === "direction") return m.mean && mode === "metric";
    if (k === "costs") return m.cost && mode === "metric";
    if (k === "max_drop" || k === "max_increase") return m.direction === null || changeKey(m.direction) === k;
    return true;
  });
}
function misplacedKey(key, m, mode) {
  switch (key) {
    case "max_drop":
    case "max_increase": {
      const dir = m.direction;
      return `${m.name}: ${dir} is better, so use ${changeKey(dir)} (not ${key})`;
    }
    case "costs":
      return m.cost ? `costs defines ${m.name} itself and cannot change per segment; set it under metrics.${m.name}` : `costs applies to expected_cost only, not ${m.name}`;
    case "direction":
      if (m.mean) return `direction defines ${m.name} itself and cannot change per segment; set it under metrics.${m.name}`;
      return `direction applies to mean[X] only; ${m.name} is fixed: ${m.direction} is better`;
    default:
      return `${key} is not valid here`;
  }
}
function readLimit(value2, path, m, issues) {
  const a = parseAmount(value2);
  if (!a) {
    issues.add(path, `expected a number${m.rate ? ' (or a percentage such as "90%")' : ""}, got ${show(value2)}${spacingHint(value2)}`);
    return void 0;
  }
  if (a.unit !== "" && !m.rate) {
    issues.add(path, `${show(value2)} is a percentage, which applies to rates only; ${m.name} is not a rate: give a number in its own units`);
    return void 0;
  }
  const x = a.scaled;
  if (m.rate && (x < 0 || x > 1)) {
    issues.add(path, `expected a rate from 0 to 1 (or a percentage such as "90%"), got ${show(value2)}`);
    return void 0;
  }
  return x;
}
function readTolerance(value2, path, key, m, issues) {
  const a = parseAmount(value2);
  if (!a) {
    issues.add(path, `expected a number, a relative "N%" or percentage points "Npp", got ${show(value2)}${spacingHint(value2)}`);
    return void 0;
  }
  if (a.number < 0) {
    issues.add(path, `must not be negative, got ${show(value2)}: ${key} is the worsening allowed, 0 or more`);
    return void 0;
  }
  if (a.unit === "pp" && !m.rate) {
    issues.add(
      path,
      `${show(value2)} is in percentage points, which apply to rates only; ${m.name} is not a rate: use a number in its own units or a relative "N%"`
    );
    return void 0;
  }
  return toTolerance(a);
}
function readRule(raw, path, m, mode, issues) {
  const out = {};
  if (raw === void 0 || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a rule such as { ${m.direction === "lower" ? "max_increase: 5%" : "max_drop: 1pp"} }, got ${show(raw)}`);
    return out;
  }
  const valid = ruleKeysFor(m, mode);
  for (const [key, value2] of Object.entries(raw)) {
    const p = [...path, key];
    if (!valid.includes(key)) {
      if (key in RULE_KEYS) issues.add(p, misplacedKey(key, m, mode));
      else issues.unknownKey(path, key, valid);
      continue;
    }
    if (key === "costs" || key === "direction") continue;
    if (value2 === null || value2 === void 0) {
      if (mode === "override" && key !== "severity") {
        const kind = Object.keys(YAML_KEY).find((k) => YAML_KEY[k] === key);
        out[kind] = null;
      }
      continue;
    }
    switch (key) {
      case "min":
      case "max": {
        const x = readLimit(value2, p, m, issues);
        if (x !== void 0) out[key] = x;
        break;
      }
      case "max_drop":
      case "max_increase": {
        const t = readTolerance(value2, p, key, m, issues);
        if (t !== void 0) out[key === "max_drop" ? "maxDrop" : "maxIncrease"] = t;
        break;
      }
      case "severity":
        if (typeof value2 === "string" && SEVERITIES.includes(value2)) out.severity = value2;
        else issues.add(p, `expected ${oneOf(SEVERITIES)}, got ${show(value2)}${typeof value2 === "string" ? suggestion(value2, SEVERITIES) : ""}`);
        break;
    }
  }
  return out;
}
function checkMinMax(rule, path, issues) {
  if (rule.min != null && rule.max != null && rule.min > rule.max) {
    issues.add([...path, "min"], `min ${rule.min} is greater than max ${rule.max}; no value could pass`);
  }
}
function toRule(p) {
  const r = { severity: p.severity ?? "fail" };
  if (p.min != null) r.min = p.min;
  if (p.max != null) r.max = p.max;
  if (p.maxDrop != null) r.maxDrop = p.maxDrop;
  if (p.maxIncrease != null) r.maxIncrease = p.maxIncrease;
  return r;
}
function mergeRule(base, over) {
  const p = { ...base };
  for (const k of ["min", "max", "maxDrop", "maxIncrease", "severity"]) {
    if (over[k] !== void 0) p[k] = over[k];
  }
  return toRule(p);
}
function ruleLimits(rule) {
  return ["min", "max", "maxDrop", "maxIncrease"].filter((k) => rule[k] !== void 0);
}
function formatRule(rule, kind) {
  const kinds = kind ? [kind] : ruleLimits(rule);
  const parts = [];
  for (const k of kinds) {
    const v = rule[k];
    if (v === void 0) continue;
    parts.push(`${YAML_KEY[k]} ${typeof v === "number" ? String(v) : v.text}`);
  }
  return parts.length ? parts.join(", ") : "no limit";
}

// src/config/metrics.ts
var DIRECTIONS = ["higher", "lower"];
var COST_KEYS = ["fp", "fn", "tp", "tn"];
function metricRef(info2) {
  const { base, arg } = splitMetricName(info2.name);
  return { name: info2.name, direction: info2.direction, rate: info2.rate, cost: info2.name === "expected_cost", mean: base === "mean" && arg !== null };
}
function offlineNamesFor(task) {
  return [...metricNames(task), ...task === "multiclass" ? ["recall[CLASS]"] : [], "mean[X]"];
}
function unknownMetricMessage(name2, task) {
  const { base, arg } = splitMetricName(name2);
  const valid = offlineNamesFor(task).join(", ");
  if (arg !== null && base === "recall") {
    return `recall[CLASS] is for task multiclass only (task is ${task})${task === "binary" ? "; use recall" : ""}`;
  }
  if (arg !== null) return `unknown metric \`${name2}\`: only mean[X]${task === "multiclass" ? " and recall[CLASS] take" : " takes"} a [column or class]; valid for ${task}: ${valid}`;
  if (lookupShadowMetric(name2)) return `${name2} is a shadow metric; put it under shadow.envelope`;
  const other = METRICS.find((m) => m.name === name2 && m.tasks !== "shadow");
  if (other && other.tasks !== "shadow") return `${name2} is a ${oneOf(other.tasks)} metric, not ${task}; valid for ${task}: ${valid}`;
  return withValid(`unknown metric \`${name2}\` for task ${task}`, name2, metricNames(task), offlineNamesFor(task));
}
function readDirection(raw, path, name2, issues) {
  const v = isMapping(raw) ? raw.direction : void 0;
  if (v === void 0 || v === null) {
    issues.add([...path, "direction"], `missing: ${name2} needs direction: higher or lower (which way is better)`);
    return null;
  }
  if (typeof v === "string" && DIRECTIONS.includes(v)) return v;
  issues.add([...path, "direction"], `expected ${oneOf(DIRECTIONS)}, got ${show(v)}${typeof v === "string" ? suggestion(v, DIRECTIONS) : ""}`);
  return null;
}
function readCosts(raw, path, issues) {
  const v = isMapping(raw) ? raw.costs : void 0;
  const p = [...path, "costs"];
  if (v === void 0 || v === null) {
    issues.add(p, "missing: expected_cost needs costs: { fp: N, fn: N } (tp and tn are optional, default 0)");
    return void 0;
  }
  if (!isMapping(v)) {
    issues.add(p, `expected a mapping such as { fp: 1, fn: 5 }, got ${show(v)}`);
    return void 0;
  }
  issues.checkKeys(p, v, COST_KEYS);
  const costs = { tp: 0, fp: 0, tn: 0, fn: 0 };
  let ok = true;
  for (const k of COST_KEYS) {
    const x = v[k];
    if (x === void 0 || x === null) {
      if (k === "fp" || k === "fn") {
        issues.add([...p, k], `missing: the cost of a ${k === "fp" ? "false positive" : "false negative"}, a number`);
        ok = false;
      }
    } else if (typeof x === "number" && Number.isFinite(x)) costs[k] = x;
    else {
      issues.add([...p, k], `expected a number (cost per example), got ${show(x)}`);
      ok = false;
    }
  }
  return ok ? costs : void 0;
}
function readMetric(name2, raw, path, task, issues) {
  const { base, arg } = splitMetricName(name2);
  const isMean = base === "mean" && arg !== null;
  const declared = isMean ? readDirection(raw, path, name2, issues) : null;
  const info2 = lookupMetric(name2, task, declared ?? void 0);
  if (!info2) {
    issues.add(path, unknownMetricMessage(name2, task));
    return null;
  }
  const ref = { ...metricRef(info2), direction: isMean ? declared : info2.direction };
  const before = issues.count;
  const partial = readRule(raw, path, ref, "metric", issues);
  checkMinMax(partial, path, issues);
  const costs = ref.cost ? readCosts(raw, path, issues) : void 0;
  if (issues.count > before || isMean && declared === null) return null;
  const out = { rule: toRule(partial), direction: ref.direction };
  if (costs) out.costs = costs;
  return out;
}
function readMetrics(raw, task, issues) {
  const path = ["metrics"];
  let entries;
  if (raw === void 0 || raw === null || isMapping(raw) && Object.keys(raw).length === 0) entries = DEFAULT_METRICS[task];
  else if (isMapping(raw)) entries = raw;
  else {
    issues.add(path, `expected a mapping of metric name to rule, such as { recall: { max_drop: 1pp } }, got ${show(raw)}`);
    return {};
  }
  const out = {};
  for (const [name2, rule] of Object.entries(entries)) {
    const m = readMetric(name2, rule, [...path, name2], task, issues);
    if (m) out[name2] = m;
  }
  return out;
}

// src/config/shadow.ts
var FOLDED = ["agreement", "score_psi"];
var VFM_KEYS = ["metric", "max_cost_per_1k_per_point", "severity"];
function readShadowRule(name2, raw, path, task, issues) {
  const info2 = lookupShadowMetric(name2);
  if (!info2) {
    const offline = METRICS.some((m) => m.name === name2) || /^(mean|recall)\[.+\]$/.test(name2);
    if (offline) issues.add(path, `${name2} is an offline metric; put it under metrics`);
    else issues.add(path, withValid(`unknown shadow metric \`${name2}\``, name2, shadowMetricNames(), shadowMetricNames()));
    return null;
  }
  const before = issues.count;
  if (name2 === "agreement" && task === "regression") {
    issues.add(path, "agreement compares the two models' decisions, which task regression does not have");
  }
  const partial = readRule(raw, path, metricRef(info2), "shadow", issues);
  checkMinMax(partial, path, issues);
  return issues.count > before ? null : toRule(partial);
}
function readEnvelope(raw, task, issues) {
  const path = ["shadow", "envelope"];
  let entries;
  if (raw === void 0 || raw === null || isMapping(raw) && Object.keys(raw).length === 0) entries = DEFAULT_ENVELOPE;
  else if (isMapping(raw)) entries = raw;
  else {
    issues.add(path, `expected a mapping of shadow metric to rule, such as { latency_p99_ms: { max: 250 } }, got ${show(raw)}`);
    return {};
  }
  const out = {};
  for (const [name2, rule] of Object.entries(entries)) {
    const r = readShadowRule(name2, rule, [...path, name2], task, issues);
    if (r) out[name2] = r;
  }
  return out;
}
function readValueForMoney(raw, task, metrics, issues) {
  const path = ["shadow", "value_for_money"];
  if (raw === void 0 || raw === null) return null;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping such as { metric: recall, max_cost_per_1k_per_point: 0.02 }, got ${show(raw)}`);
    return null;
  }
  const before = issues.count;
  issues.checkKeys(path, raw, VFM_KEYS);
  const metric = raw.metric;
  if (typeof metric !== "string" || metric === "") {
    issues.add([...path, "metric"], `${metric == null ? "missing: expected" : "expected"} the name of an offline metric such as recall${metric == null ? "" : `, got ${show(metric)}`}`);
  } else if (task !== null && !(metric in metrics)) {
    if (/^mean\[.+\]$/.test(metric)) issues.add([...path, "metric"], `${metric} is not configured under metrics; add it there with its direction first`);
    else if (!lookupMetric(metric, task)) issues.add([...path, "metric"], unknownMetricMessage(metric, task));
  }
  const cost = raw.max_cost_per_1k_per_point;
  if (typeof cost !== "number" || !Number.isFinite(cost) || cost < 0) {
    issues.add(
      [...path, "max_cost_per_1k_per_point"],
      `${cost == null ? "missing: expected" : "expected"} a number of at least 0 (USD per 1,000 requests per point of lift)${cost == null ? "" : `, got ${show(cost)}`}`
    );
  }
  let severity = "fail";
  if (raw.severity !== void 0 && raw.severity !== null) {
    if (raw.severity === "fail" || raw.severity === "warn") severity = raw.severity;
    else issues.add([...path, "severity"], `expected ${oneOf(["fail", "warn"])}, got ${show(raw.severity)}`);
  }
  if (issues.count > before) return null;
  return { metric, maxCostPer1kPerPoint: cost, severity };
}
function readShadow(s, raw, task, metrics, issues) {
  if (s === null) return null;
  const { baseline, candidate } = s.models;
  if (baseline === candidate) {
    issues.add(["shadow", "models", "candidate"], `${JSON.stringify(candidate)} is also the baseline's name; the two models need different names`);
  }
  const envelope = readEnvelope(s.envelope, task, issues);
  const written = isMapping(s.envelope) ? s.envelope : {};
  for (const name2 of FOLDED) {
    if (!isMapping(raw) || !(name2 in raw)) continue;
    if (name2 in written) {
      issues.add(["shadow", name2], `${name2} is also set under shadow.envelope; keep one of the two`);
      continue;
    }
    const r = readShadowRule(name2, raw[name2], ["shadow", name2], task, issues);
    if (r) envelope[name2] = r;
  }
  return {
    models: { baseline, candidate },
    pricing: s.pricing && { inputPer1kTokens: s.pricing.input_per_1k_tokens, outputPer1kTokens: s.pricing.output_per_1k_tokens },
    envelope,
    valueForMoney: readValueForMoney(s.value_for_money, task, metrics, issues)
  };
}

// src/config/overrides.ts
function readOverrides(raw, ctx, issues) {
  const out = {};
  if (raw === void 0 || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(["overrides"], `expected a mapping of segment id to metric rules, such as { "region=BR": { recall: { max_drop: 2pp } } }, got ${show(raw)}`);
    return out;
  }
  const configured = [...ctx.rules.keys()];
  for (const [id, metrics] of Object.entries(raw)) {
    const path = ["overrides", id];
    const idOk = checkSegmentId(id, ctx.segmentColumns, ctx.cross, path, issues);
    if (metrics === null || metrics === void 0) continue;
    if (!isMapping(metrics)) {
      issues.add(path, `expected a mapping of metric name to rule changes, such as { recall: { max_drop: 2pp } }, got ${show(metrics)}`);
      continue;
    }
    const rules = {};
    for (const [name2, rawRule] of Object.entries(metrics)) {
      const p = [...path, name2];
      const base = ctx.rules.get(name2);
      if (!base) {
        if (!ctx.invalid.has(name2)) {
          issues.add(p, `${name2} is not configured under metrics; add it under metrics first${suggestion(name2, configured)}${configured.length ? ` (configured: ${configured.join(", ")})` : ""}`);
        }
        continue;
      }
      const before = issues.count;
      const merged = mergeRule(base.rule, readRule(rawRule, p, base.ref, "override", issues));
      if (issues.count === before) checkMinMax(merged, p, issues);
      if (issues.count === before) rules[name2] = merged;
    }
    if (idOk) out[id] = rules;
  }
  return out;
}

// src/config/effective.ts
function tolerance(t) {
  return t.kind === "absolute" ? t.value : t.text;
}
function ruleYaml(name2, rule, extra = {}, base) {
  const out = {};
  const { base: b, arg } = splitMetricName(name2);
  if (extra.direction !== void 0 && b === "mean" && arg !== null) out.direction = extra.direction;
  if (extra.costs) out.costs = { fp: extra.costs.fp, fn: extra.costs.fn, tp: extra.costs.tp, tn: extra.costs.tn };
  const limits = [
    ["min", rule.min, base?.min !== void 0],
    ["max", rule.max, base?.max !== void 0],
    ["max_drop", rule.maxDrop && tolerance(rule.maxDrop), base?.maxDrop !== void 0],
    ["max_increase", rule.maxIncrease && tolerance(rule.maxIncrease), base?.maxIncrease !== void 0]
  ];
  for (const [key, value2, inBase] of limits) {
    if (value2 !== void 0) out[key] = value2;
    else if (inBase) out[key] = null;
  }
  out.severity = rule.severity;
  return out;
}
function effectiveConfig(cfg) {
  const out = { task: cfg.task };
  if (cfg.task === "binary") out.threshold = cfg.threshold;
  const columns = {};
  for (const key of Object.keys(CONFIG_SCHEMA.columns.fields)) {
    columns[key] = key === "segments" ? [...cfg.columns.segments] : cfg.columns[key];
  }
  out.columns = columns;
  out.segments = { min_samples: cfg.segments.minSamples, cross: cfg.segments.cross.map((c) => [...c]) };
  out.statistics = {
    confidence: cfg.statistics.confidence,
    correction: cfg.statistics.correction,
    seed: cfg.statistics.seed,
    resamples: cfg.statistics.resamples
  };
  out.integrity = { min_coverage: cfg.integrity.minCoverage };
  const metrics = {};
  for (const [name2, m] of Object.entries(cfg.metrics)) metrics[name2] = ruleYaml(name2, m.rule, { costs: m.costs, direction: m.direction });
  out.metrics = metrics;
  const overrides = {};
  for (const [id, rules] of Object.entries(cfg.overrides)) {
    const o = {};
    for (const [name2, rule] of Object.entries(rules)) o[name2] = ruleYaml(name2, rule, {}, cfg.metrics[name2]?.rule ?? cfg.shadow?.envelope[name2]);
    overrides[id] = o;
  }
  out.overrides = overrides;
  const s = cfg.shadow;
  out.shadow = s === null ? null : {
    models: { baseline: s.models.baseline, candidate: s.models.candidate },
    pricing: s.pricing && { input_per_1k_tokens: s.pricing.inputPer1kTokens, output_per_1k_tokens: s.pricing.outputPer1kTokens },
    envelope: Object.fromEntries(Object.entries(s.envelope).map(([name2, rule]) => [name2, ruleYaml(name2, rule)])),
    value_for_money: s.valueForMoney && {
      metric: s.valueForMoney.metric,
      max_cost_per_1k_per_point: s.valueForMoney.maxCostPer1kPerPoint,
      severity: s.valueForMoney.severity
    }
  };
  return out;
}

// src/config/parse.ts
function loadYaml(text, source) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const { line, col: col2 } = lineCounter.linePos(err.pos[0]);
    let what = err.message.replace(/\.$/, "");
    const key = /^("[^"]*"|'[^']*'|[^\s:,{}[\]#][^:,{}[\]#]*?)\s*:/.exec(text.slice(err.pos[0]).split("\n")[0]);
    if (err.code === "DUPLICATE_KEY") what = `${key ? `the key \`${key[1].replace(/^(["'])(.*)\1$/, "$2")}\`` : "a key"} appears twice in one mapping`;
    else what = what.charAt(0).toLowerCase() + what.slice(1);
    throw new ConfigError(source, [{ path: "", message: `invalid YAML at line ${line}, column ${col2}: ${what}` }]);
  }
  try {
    return doc.toJS({ maxAliasCount: 1e3 });
  } catch (e) {
    throw new ConfigError(source, [{ path: "", message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}
function parseConfig(text, source) {
  const raw = text === void 0 || text.trim() === "" ? null : loadYaml(text, source);
  const issues = new Issues();
  const top = readSection(CONFIG_SCHEMA, raw, [], issues);
  const doc = isMapping(raw) ? raw : {};
  const task = issues.has("task") ? null : top.task;
  if (task !== null && task !== "binary" && doc.threshold !== void 0 && doc.threshold !== null) {
    issues.add(["threshold"], `threshold ${show(doc.threshold)} applies to task binary only (task is ${task}); remove it`);
  }
  const columns = { ...top.columns };
  checkColumnRoles(columns, issues);
  const cross = readCross(top.segments.cross, columns.segments, issues);
  const metrics = task === null ? {} : readMetrics(doc.metrics, task, issues);
  const shadow = readShadow(top.shadow, doc.shadow, task, metrics, issues);
  let overrides = {};
  if (task !== null) {
    const rules = /* @__PURE__ */ new Map();
    for (const [name2, m] of Object.entries(metrics)) rules.set(name2, { rule: m.rule, ref: metricRef(lookupMetric(name2, task, m.direction)) });
    for (const [name2, rule] of Object.entries(shadow?.envelope ?? {})) rules.set(name2, { rule, ref: metricRef(lookupShadowMetric(name2)) });
    const invalid = /* @__PURE__ */ new Set();
    const shadowDoc = isMapping(doc.shadow) ? doc.shadow : {};
    const written = [doc.metrics, shadowDoc.envelope].flatMap((s) => isMapping(s) ? Object.keys(s) : []);
    for (const name2 of ["agreement", "score_psi"]) if (name2 in shadowDoc) written.push(name2);
    for (const name2 of written) if (!rules.has(name2)) invalid.add(name2);
    overrides = readOverrides(doc.overrides, { segmentColumns: columns.segments, cross, rules, invalid }, issues);
  }
  if (issues.count > 0) throw new ConfigError(source, issues.inDocumentOrder(raw));
  return {
    task: top.task,
    threshold: top.threshold,
    columns,
    segments: { minSamples: top.segments.min_samples, cross },
    statistics: {
      confidence: top.statistics.confidence,
      correction: top.statistics.correction,
      seed: top.statistics.seed,
      resamples: top.statistics.resamples
    },
    integrity: { minCoverage: top.integrity.min_coverage },
    metrics,
    overrides,
    shadow
  };
}
function defaultShadowConfig() {
  return parseConfig("shadow: {}", "defaults").shadow;
}

// src/config/load.ts
function loadConfig(src) {
  if (src.inline !== null && src.file !== null) {
    throw new UsageError(`give either ${src.inlineName} or ${src.fileName}, not both.`);
  }
  if (src.file !== null) {
    let text;
    try {
      text = readFileSync(src.file, "utf8");
    } catch (e) {
      const code = e.code;
      throw new UsageError(
        `${src.fileName} ${src.file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a YAML file" : `cannot be read (${code ?? String(e)})`}.`
      );
    }
    return parseConfig(text, src.file);
  }
  return parseConfig(src.inline ?? void 0, src.inlineName);
}

// src/report/format.ts
var MINUS = "\u2212";
var SHOWN_AS_NUMBER = /* @__PURE__ */ new Set(["auc", "pr_auc"]);
var INTEGRITY_RATES = /* @__PURE__ */ new Set(["id_coverage", "label_coverage", "request_coverage"]);
function isRateMetric(metric) {
  if (SHOWN_AS_NUMBER.has(metric)) return false;
  if (INTEGRITY_RATES.has(metric)) return true;
  const m = lookupShadowMetric(metric) ?? lookupMetric(metric, "binary") ?? lookupMetric(metric, "multiclass") ?? lookupMetric(metric, "regression");
  return m?.rate ?? false;
}
function metricUnit(metric) {
  if (isRateMetric(metric)) return "%";
  if (metric.startsWith("latency_")) return "ms";
  if (metric === "cost_per_1k") return "$";
  return "";
}
function sign(x) {
  return x > 0 ? "+" : x < 0 ? MINUS : "\xB1";
}
function formatNumber(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  let s;
  if (abs >= 1e6 || abs < 1e-4) s = abs.toExponential(2);
  else if (abs >= 1e3) s = Math.round(abs).toLocaleString("en-US");
  else s = String(Number(abs.toPrecision(4)));
  return (x < 0 ? MINUS : "") + s;
}
function formatCount(n) {
  return Math.round(n).toLocaleString("en-US");
}
function percent(x) {
  const p = x * 100;
  const digits = Math.abs(p) < 0.1 && p !== 0 ? 2 : 1;
  return p.toFixed(digits);
}
function formatUsd(x) {
  return `${x < 0 ? MINUS : ""}$${Math.abs(x) >= 100 ? formatCount(Math.abs(x)) : Number(Math.abs(x).toPrecision(3))}`;
}
function formatValue(metric, x) {
  if (x === null || Number.isNaN(x)) return "\u2013";
  switch (metricUnit(metric)) {
    case "%":
      return `${percent(x)}%`;
    case "ms":
      return `${formatNumber(Number(x.toFixed(x < 10 ? 2 : 1)))} ms`;
    case "$":
      return `${formatUsd(x)}/1k`;
    default:
      return formatNumber(x);
  }
}
function formatDelta(metric, delta, baseline = null) {
  if (delta === null || Number.isNaN(delta)) return "\u2013";
  const unit = metricUnit(metric);
  if (unit === "%") {
    const p = Math.abs(delta * 100);
    return `${sign(delta)}${p.toFixed(p < 0.1 && p !== 0 ? 2 : 1)} pp`;
  }
  if ((unit === "ms" || unit === "$") && baseline !== null && baseline !== 0) {
    const rel = delta / Math.abs(baseline) * 100;
    return `${sign(rel)}${Math.abs(rel) < 10 ? Math.abs(rel).toFixed(1) : Math.round(Math.abs(rel))}%`;
  }
  const abs = formatNumber(Math.abs(delta));
  return `${sign(delta)}${abs}`;
}
function formatInterval(metric, ci, baseline = null) {
  if (!ci) return "\u2013";
  const unit = metricUnit(metric);
  if (unit === "%") {
    const f = (x) => `${x < 0 ? MINUS : ""}${Math.abs(x * 100).toFixed(1)}`;
    return `[${f(ci[0])}, ${f(ci[1])}] pp`;
  }
  if ((unit === "ms" || unit === "$") && baseline !== null && baseline !== 0) {
    const f = (x) => {
      const rel = x / Math.abs(baseline) * 100;
      return `${sign(rel)}${Math.abs(rel) < 10 ? Math.abs(rel).toFixed(1) : Math.round(Math.abs(rel))}%`;
    };
    return `[${f(ci[0])}, ${f(ci[1])}]`;
  }
  return `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]${unit === "ms" ? " ms" : ""}`;
}
function formatP(p) {
  if (p === null) return "\u2013";
  if (p < 1e-3) return "<0.001";
  return p.toFixed(3);
}

// src/stats/correction.ts
function adjustPValues(p, method) {
  const m = p.length;
  if (method === "none" || m === 0) return p.map((x) => Math.min(1, x));
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const out = new Array(m);
  if (method === "holm") {
    let running2 = 0;
    order.forEach((idx, rank) => {
      running2 = Math.max(running2, Math.min(1, (m - rank) * p[idx]));
      out[idx] = running2;
    });
    return out;
  }
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank];
    running = Math.min(running, p[idx] * m / (rank + 1));
    out[idx] = Math.min(1, running);
  }
  return out;
}

// src/stats/distributions.ts
var SQRT_2PI = 2.5066282746310002;
function normalUpper(x) {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  let tail;
  if (a > 37) tail = 0;
  else {
    const e = Math.exp(-a * a / 2);
    if (a < 4) {
      let num2 = 0.0352624965998911 * a + 0.700383064443688;
      num2 = num2 * a + 6.37396220353165;
      num2 = num2 * a + 33.912866078383;
      num2 = num2 * a + 112.079291497871;
      num2 = num2 * a + 221.213596169931;
      num2 = num2 * a + 220.206867912376;
      let den = 0.0883883476483184 * a + 1.75566716318264;
      den = den * a + 16.064177579207;
      den = den * a + 86.7807322029461;
      den = den * a + 296.564248779674;
      den = den * a + 637.333633378831;
      den = den * a + 793.826512519948;
      den = den * a + 440.413735824752;
      tail = e * num2 / den;
    } else {
      let b = a;
      for (let k = 40; k >= 1; k--) b = a + k / b;
      tail = e / b / SQRT_2PI;
    }
  }
  return x >= 0 ? tail : 1 - tail;
}
function normalCdf(x) {
  return normalUpper(-x);
}
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C2 = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  }
  const low = 0.02425;
  let x;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C2[0] * q + C2[1]) * q + C2[2]) * q + C2[3]) * q + C2[4]) * q + C2[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C2[0] * q + C2[1]) * q + C2[2]) * q + C2[3]) * q + C2[4]) * q + C2[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const e = p < 0.5 ? normalCdf(x) - p : 1 - p - normalUpper(x);
  const u = e * SQRT_2PI * Math.exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}
function logGamma(x) {
  const g = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = g[0];
  for (let i = 1; i < 9; i++) s += g[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
function betaFraction(a, b, x) {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h2 = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h2 *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h2 *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h2;
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(lnFront) * betaFraction(a, b, x) / a;
  return 1 - Math.exp(lnFront) * betaFraction(b, a, 1 - x) / b;
}
function studentUpper(t, df) {
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(df) || df > 1e7) return normalUpper(t);
  const x = df / (df + t * t);
  const half = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? half : 1 - half;
}
function studentQuantile(p, df) {
  if (!Number.isFinite(df) || df > 1e7) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentQuantile(1 - p, df);
  const target = 1 - p;
  let lo = normalQuantile(p);
  let hi = Math.max(2 * lo, lo + 1);
  while (studentUpper(hi, df) > target) hi *= 2;
  while (studentUpper(lo, df) < target) lo /= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentUpper(mid, df) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/stats/quantile.ts
function quantilePosition(n, p) {
  const h2 = p * (n - 1);
  const lo = Math.floor(h2);
  return { lo, frac: lo >= n - 1 ? 0 : h2 - lo };
}
function quantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const { lo, frac } = quantilePosition(n, p);
  const x = sorted[lo];
  return frac === 0 ? x : x + frac * (sorted[lo + 1] - x);
}
function quantileOfOrder(values, order, start, count2, p) {
  if (count2 === 0) return NaN;
  const { lo, frac } = quantilePosition(count2, p);
  const x = values[order[start + lo]];
  return frac === 0 ? x : x + frac * (values[order[start + lo + 1]] - x);
}

// src/stats/estimate.ts
function oneSidedP(worsening2, margin, se, df) {
  if (!(se > 0)) return worsening2 > margin + 1e-12 ? 0 : 1;
  return studentUpper((worsening2 - margin) / se, df);
}
function symmetricInterval(delta, se, df, confidence) {
  const p = 1 - (1 - confidence) / 2;
  const q = Number.isFinite(df) ? studentQuantile(p, df) : normalQuantile(p);
  return [delta - q * se, delta + q * se];
}
var Z_POWER_80 = 0.8416212335729143;
function detectableWorsening(margin, se, alpha) {
  return margin + (normalQuantile(1 - alpha) + Z_POWER_80) * se;
}
function bootstrapSpread(sorted, confidence) {
  const R = sorted.length;
  let mean = 0;
  for (let i = 0; i < R; i++) mean += sorted[i];
  mean /= R;
  let ss = 0;
  for (let i = 0; i < R; i++) ss += (sorted[i] - mean) * (sorted[i] - mean);
  const alpha = 1 - confidence;
  return { ci: [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)], se: Math.sqrt(ss / (R - 1)) };
}

// src/gate/decide.ts
function decide(pending, statistics) {
  const alpha = 1 - statistics.confidence;
  const tested = pending.filter((p) => p.kind === "change" && p.check.status !== "insufficient" && p.check.p_value !== null);
  const adjusted = adjustPValues(
    tested.map((p) => p.check.p_value),
    statistics.correction
  );
  tested.forEach((p, i) => {
    p.check.p_adjusted = adjusted[i];
  });
  const alphaEach = statistics.correction === "none" || tested.length === 0 ? alpha : alpha / tested.length;
  for (const p of tested) {
    if (p.se !== void 0 && p.se !== null && p.check.detectable === null && p.check.tolerance !== void 0 && p.check.tolerance !== null) {
      p.check.detectable = detectableWorsening(p.check.tolerance, p.se, alphaEach);
    }
  }
  return pending.map(({ check, kind, breached }) => {
    if (check.status === "insufficient") return check;
    let status = "pass";
    let message = check.message;
    if (breached) {
      status = "fail";
      if (kind === "change" && check.p_adjusted !== null) {
        const correction = statistics.correction === "none" ? "" : ` after ${statistics.correction} correction`;
        if (check.p_adjusted < alpha) {
          message += ` Significant: p=${formatP(check.p_adjusted)}${correction}.`;
        } else {
          status = "warn";
          message += ` Not significant (p=${formatP(check.p_adjusted)}${correction}): could be noise; more data would tell.`;
        }
      }
      if (status === "fail" && check.severity === "warn") {
        status = "warn";
        message += " Advisory rule (severity: warn).";
      }
    }
    return { ...check, status, message };
  });
}

// src/gate/check.ts
function makeCheck(source, metric, segment, fields = {}) {
  return {
    id: `${source}/${metric}/${segment}`,
    source,
    metric,
    segment,
    n: null,
    baseline: null,
    candidate: null,
    delta: null,
    ci: null,
    p_value: null,
    p_adjusted: null,
    rule: null,
    status: "pass",
    severity: "fail",
    higher_is_better: null,
    detectable: null,
    tolerance: null,
    message: "",
    ...fields
  };
}

// src/gate/integrity.ts
function integrityCheck(metric, segment, fields) {
  return makeCheck("integrity", metric, segment, fields);
}
var pct = (x) => `${(x * 100).toFixed(x >= 0.999 && x < 1 ? 2 : 1)}%`;
function coverageCheck(join2, minCoverage) {
  const ok = join2.coverage >= minCoverage;
  const parts = [];
  if (join2.onlyBaseline > 0) parts.push(`${formatCount(join2.onlyBaseline)} only in the baseline file (e.g. ${join2.examplesOnlyBaseline.join(", ")})`);
  if (join2.onlyCandidate > 0) parts.push(`${formatCount(join2.onlyCandidate)} only in the candidate file (e.g. ${join2.examplesOnlyCandidate.join(", ")})`);
  const detail = parts.length ? `; ${parts.join("; ")}` : "";
  return integrityCheck("id_coverage", "overall", {
    n: join2.matched,
    candidate: join2.coverage,
    higher_is_better: true,
    rule: `min ${pct(minCoverage)}`,
    status: ok ? "pass" : "fail",
    message: ok ? `${pct(join2.coverage)} of ids are in both eval files${detail}.` : `Only ${pct(join2.coverage)} of ids are in both eval files, under integrity.min_coverage ${pct(minCoverage)}${detail}: both models must be scored on the same examples.`
  });
}
function unmatchedOverrides(config, segments) {
  const known = new Set(segments.map((s) => s.id));
  return Object.keys(config.overrides).filter((id) => !known.has(id)).map(
    (id) => integrityCheck("override", id, {
      rule: `overrides.${id}`,
      status: "fail",
      message: `overrides names segment ${id}, which is not in the data: fix the segment id or remove the override (a rule that matches nothing would pass silently).`
    })
  );
}

// src/gate/rules.ts
var EPSILON = 1e-12;
function worsening(metric, direction, baseline, candidate) {
  if (metric === "bias") return Math.abs(candidate) - Math.abs(baseline);
  return direction === "higher" ? baseline - candidate : candidate - baseline;
}
function changeTolerance(rule) {
  if (rule.maxDrop) return { key: "max_drop", tol: rule.maxDrop };
  if (rule.maxIncrease) return { key: "max_increase", tol: rule.maxIncrease };
  return null;
}

// src/gate/judge.ts
function ruleFor(config, segmentId2, metric) {
  return config.overrides[segmentId2]?.[metric] ?? config.metrics[metric].rule;
}
function judgeSegments(input) {
  const { config, measured, source, tester } = input;
  const out = [];
  const minSamples = config.segments.minSamples;
  measured.forEach((seg, segIndex) => {
    const isOverall = seg.segment.id === "overall";
    for (const [metric, mc] of Object.entries(config.metrics)) {
      const rule = ruleFor(config, seg.segment.id, metric);
      const value2 = seg.values[metric];
      const higher = mc.direction === "higher";
      const base = makeCheck(source, metric, seg.segment.id, { n: seg.n, higher_is_better: higher });
      base.severity = rule.severity;
      base.baseline = value2?.baseline ?? null;
      base.candidate = value2?.candidate ?? null;
      base.delta = base.baseline !== null && base.candidate !== null ? base.candidate - base.baseline : null;
      const rules = [];
      const change2 = changeTolerance(rule);
      if (change2) rules.push({ kind: "change", text: formatRule(rule, change2.key === "max_drop" ? "maxDrop" : "maxIncrease") });
      if (rule.min !== void 0) rules.push({ kind: "min", text: formatRule(rule, "min") });
      if (rule.max !== void 0) rules.push({ kind: "max", text: formatRule(rule, "max") });
      if (rules.length === 0) rules.push({ kind: "none", text: null });
      for (const r of rules) {
        const check = { ...base, rule: r.text };
        if (r.kind === "min" || r.kind === "max") check.id += `/${r.kind}`;
        const pending = { check, kind: r.kind === "change" ? "change" : r.kind === "none" ? "other" : "limit", breached: false };
        out.push(pending);
        if (!isOverall && seg.n < minSamples) {
          check.status = "insufficient";
          check.message = `${formatCount(seg.n)} examples, under segments.min_samples (${formatCount(minSamples)}): not judged.`;
          continue;
        }
        const needsBaseline = r.kind === "change";
        if (check.candidate === null || needsBaseline && check.baseline === null) {
          check.status = "insufficient";
          check.message = `${metric} is undefined in ${seg.segment.id} for the ${check.candidate === null ? "candidate" : "baseline"} (${undefinedReason(metric, seg)}).`;
          continue;
        }
        const cand = check.candidate;
        if (r.kind === "none") {
          check.message = `${metric}: ${formatValue(metric, check.baseline)} \u2192 ${formatValue(metric, cand)} (no rule; reported only).`;
          continue;
        }
        if (r.kind === "min" || r.kind === "max") {
          const limit = r.kind === "min" ? rule.min : rule.max;
          pending.breached = r.kind === "min" ? cand < limit - EPSILON : cand > limit + EPSILON;
          check.message = pending.breached ? `${metric} ${formatValue(metric, cand)} is ${r.kind === "min" ? "below the minimum" : "above the maximum"} ${formatValue(metric, limit)}.` : `${metric} ${formatValue(metric, cand)} is within ${r.text}.`;
          continue;
        }
        const baseVal = check.baseline;
        const { tol } = changeTolerance(rule);
        const allowed = toleranceAmount(tol, baseVal);
        const worse = worsening(metric, mc.direction, baseVal, cand);
        pending.breached = worse > allowed + EPSILON;
        check.tolerance = allowed;
        const test = tester?.({ segment: segIndex, metric, direction: mc.direction, margin: allowed }) ?? null;
        if (test) {
          check.ci = test.ci;
          check.p_value = test.p_value;
          check.detectable = test.detectable;
          pending.se = test.se ?? null;
        }
        const movement = `${formatValue(metric, baseVal)} \u2192 ${formatValue(metric, cand)} (${formatDelta(metric, check.delta, baseVal)})`;
        check.message = pending.breached ? `${metric} worsened beyond ${r.text}: ${movement}.` : `${metric} within ${r.text}: ${movement}.`;
      }
    }
  });
  return out;
}
function undefinedReason(metric, seg) {
  if (seg.n === 0) return "no examples";
  if (seg.positives !== null) {
    if (seg.positives === 0) return "no positive examples";
    if (seg.positives === seg.n) return "no negative examples";
  }
  if (metric === "precision") return "no positive decisions";
  return "not defined on these examples";
}

// src/gate/verdict.ts
function countChecks(checks) {
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}
function verdictOf(counts) {
  if (counts.fail > 0) return "fail";
  if (counts.warn > 0 || counts.insufficient > 0) return "warn";
  return "pass";
}

// src/io/keyindex.ts
var EMPTY = -1;
function hashKey(s) {
  let h2 = 2166136261;
  for (let i = 0; i < s.length; i++) h2 = Math.imul(h2 ^ s.charCodeAt(i), 16777619);
  h2 ^= h2 >>> 15;
  h2 = Math.imul(h2, 739982445);
  h2 ^= h2 >>> 12;
  return h2;
}
var KeyIndex = class {
  /** The keys by row. */
  keys = [];
  hashes;
  /** Interleaved (row, hash) pairs, row -1 for an empty slot; built on the first `get`. */
  slots = null;
  mask = 0;
  constructor(expectedRows = 1024) {
    this.hashes = new Int32Array(Math.max(16, expectedRows));
  }
  get size() {
    return this.keys.length;
  }
  /** Appends `key` as the next row (duplicates are found later by `firstDuplicate`). */
  push(key) {
    const row2 = this.keys.length;
    this.keys.push(key);
    if (row2 === this.hashes.length) {
      const grown = new Int32Array(row2 * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[row2] = hashKey(key);
    this.slots = null;
  }
  /**
   * The duplicate key whose second occurrence comes first, as [earlier row, later row], or null.
   * @example (keys a, b, a, b) -> [0, 2]
   */
  firstDuplicate() {
    const n = this.keys.length;
    if (n < 2) return null;
    const sorted = this.hashes.slice(0, n).sort();
    const repeated = /* @__PURE__ */ new Set();
    for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
    if (repeated.size === 0) return null;
    const firstRowOf = /* @__PURE__ */ new Map();
    for (let r = 0; r < n; r++) {
      if (!repeated.has(this.hashes[r])) continue;
      const first = firstRowOf.get(this.keys[r]);
      if (first !== void 0) return [first, r];
      firstRowOf.set(this.keys[r], r);
    }
    return null;
  }
  /** The first row holding `key`, or -1. */
  get(key) {
    if (this.slots === null) this.build();
    const slots = this.slots;
    const mask = this.mask;
    const h2 = hashKey(key);
    let p = h2 & mask;
    for (let row2 = slots[2 * p]; row2 !== EMPTY; row2 = slots[2 * p]) {
      if (slots[2 * p + 1] === h2 && this.keys[row2] === key) return row2;
      p = p + 1 & mask;
    }
    return -1;
  }
  build() {
    const n = this.keys.length;
    const size = 1 << Math.max(4, 32 - Math.clz32(Math.max(1, n) * 2 - 1));
    const mask = size - 1;
    const slots = new Int32Array(size * 2).fill(EMPTY);
    const hashes = this.hashes;
    for (let row2 = 0; row2 < n; row2++) {
      const h2 = hashes[row2];
      let p = h2 & mask;
      while (slots[2 * p] !== EMPTY) p = p + 1 & mask;
      slots[2 * p] = row2;
      slots[2 * p + 1] = h2;
    }
    this.slots = slots;
    this.mask = mask;
  }
};

// src/io/builder.ts
var NUMBER = 0;
var CATEGORY = 1;
var STRING = 2;
var BOOLEAN = 3;
var LABEL = 4;
var MATCH = 5;
var KIND_CODE = { number: NUMBER, category: CATEGORY, string: STRING, boolean: BOOLEAN, label: LABEL, match: MATCH };
var NO_F64 = new Float64Array(0);
var NO_I32 = new Int32Array(0);
var NO_U8 = new Uint8Array(0);
function parseNumber(s) {
  const v = +s;
  if (v - v !== 0) return NaN;
  if (v === 0 && s.trim() === "") return NaN;
  if (s.length > 2 && s.charCodeAt(0) === 48) {
    const c = s.charCodeAt(1) | 32;
    if (c === 120 || c === 111 || c === 98) return NaN;
  }
  return v;
}
function parseBoolean(s) {
  if (s.length === 1) return s === "1" ? 1 : s === "0" ? 0 : -1;
  const t = s.toLowerCase();
  return t === "true" ? 1 : t === "false" ? 0 : -1;
}
function parseLabel(s) {
  const b = parseBoolean(s);
  if (b !== -1) return b;
  const v = parseNumber(s);
  return v === 0 || v === 1 ? v : -1;
}
function trim(a, n) {
  return n >= a.length * 0.75 ? a.subarray(0, n) : a.slice(0, n);
}
function trimmedRetry(parse2, text) {
  const b = parse2(text);
  if (b !== -1) return b;
  const t = text.trim();
  return t === text ? -1 : parse2(t);
}
function showValue(s) {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);
}
function expectation(spec) {
  switch (spec.kind) {
    case "number": {
      if (spec.rangeText) return spec.rangeText;
      const lo = spec.min ?? -Infinity;
      const hi = spec.max ?? Infinity;
      if (lo > -Infinity && hi < Infinity) return `a number in [${lo}, ${hi}]`;
      if (lo > -Infinity) return `a number >= ${lo}`;
      if (hi < Infinity) return `a number <= ${hi}`;
      return "a number";
    }
    case "label":
      return "a binary label: 0/1 or true/false";
    case "boolean":
      return "true/false or 1/0";
    default:
      return "a value";
  }
}
function missingColumn(file, name2, header2, hint = "", alternatives = []) {
  let near = null;
  for (const n of [name2, ...alternatives]) near ??= didYouMean(n, header2);
  const present = header2.length ? header2.join(", ") : "(none)";
  return new DataError(
    file,
    `missing required column${hint}; ${near !== null ? `did you mean "${near}"? ` : ""}columns present: ${present}`,
    { column: name2 }
  );
}
var TableBuilder = class {
  /** The first error met; once set, rows are ignored. */
  error = null;
  n = 0;
  specs;
  kinds;
  lo;
  hi;
  /** Per spec, its field's index in the current file (JSONL: 0 when present), -1 when absent. */
  fieldIndex;
  /** Per spec, whether the column was in the first file; null before any file. */
  present = null;
  firstFile = "";
  cap;
  lines;
  f64;
  i32;
  u8;
  dicts;
  dictValues;
  strs;
  /** `string` + unique: the index (holding the values); `match`: the index looked up in. */
  indexes;
  /** `match`: per row of the index, the row here (-1 none); and keys not found. */
  rowOf;
  unmatched;
  unmatchedRows;
  file = "";
  files = [];
  fileStart = [];
  headers = [];
  constructor(specs, initialRows = 1 << 14) {
    const keys = /* @__PURE__ */ new Set();
    for (const s of specs) {
      const key = s.key ?? s.name;
      if (keys.has(key)) throw new Error(`readTable: two column specs share the key "${key}"`);
      keys.add(key);
    }
    this.specs = specs;
    const m = specs.length;
    this.kinds = Int8Array.from(specs, (s) => KIND_CODE[s.kind]);
    this.lo = Float64Array.from(specs, (s) => s.min ?? -Infinity);
    this.hi = Float64Array.from(specs, (s) => s.max ?? Infinity);
    this.fieldIndex = new Int32Array(m).fill(-1);
    this.cap = Math.max(16, initialRows);
    this.lines = new Int32Array(this.cap);
    this.f64 = specs.map(() => NO_F64);
    this.i32 = specs.map(() => NO_I32);
    this.u8 = specs.map(() => NO_U8);
    this.dicts = specs.map((s) => s.kind === "category" ? /* @__PURE__ */ new Map() : null);
    this.dictValues = specs.map(() => []);
    this.strs = specs.map(() => []);
    this.indexes = specs.map((s) => {
      if (s.kind === "match") {
        if (!s.index) throw new Error(`readTable: match column "${s.name}" needs an index`);
        return s.index;
      }
      return s.kind === "string" && s.unique ? new KeyIndex(this.cap) : null;
    });
    this.rowOf = specs.map((s) => s.kind === "match" ? new Int32Array(s.index.size).fill(-1) : NO_I32);
    this.unmatched = specs.map((s) => s.kind === "match" ? /* @__PURE__ */ new Map() : null);
    this.unmatchedRows = specs.map(() => []);
  }
  /**
   * Starts a file with its header (CSV) or first record's keys (JSONL).
   * @throws DataError when a required column is missing, a wanted column is named twice,
   *   or an optional column is in some files of the input but not others
   */
  beginFile(file, header2) {
    this.file = file;
    this.files.push(file);
    this.fileStart.push(this.n);
    this.headers.push(header2);
    const names = header2.map((h2) => h2.trim());
    const first = this.present === null;
    const present = [];
    for (let k = 0; k < this.specs.length; k++) {
      const spec = this.specs[k];
      const at = names.indexOf(spec.name);
      if (at !== -1 && names.indexOf(spec.name, at + 1) !== -1) {
        throw new DataError(file, `the header names this column twice (fields ${at + 1} and ${names.indexOf(spec.name, at + 1) + 1})`, {
          line: 1,
          column: spec.name
        });
      }
      if (at === -1 && spec.required) throw missingColumn(file, spec.name, header2);
      present.push(at !== -1);
      if (!first && present[k] !== this.present[k]) {
        const [has, lacks] = present[k] ? [file, this.firstFile] : [this.firstFile, file];
        throw new DataError(lacks, `column is in ${has} but not in this file; all files of one input need the same columns`, {
          column: spec.name
        });
      }
      this.fieldIndex[k] = at;
    }
    if (first) {
      this.present = present;
      this.firstFile = file;
      this.specs.forEach((spec, k) => {
        if (!present[k]) return;
        if (spec.kind === "number" || spec.kind === "label") this.f64[k] = new Float64Array(this.cap);
        else if (spec.kind === "category" || spec.kind === "match") this.i32[k] = new Int32Array(this.cap);
        else if (spec.kind === "boolean") this.u8[k] = new Uint8Array(this.cap);
      });
    }
  }
  /** Adds one CSV record. Returns false (and sets `error`) on a bad value. */
  addFields(fields, line) {
    if (this.error !== null) return false;
    const row2 = this.n;
    if (row2 === this.cap) this.grow();
    const m = this.kinds.length;
    for (let k = 0; k < m; k++) {
      const at = this.fieldIndex[k];
      if (at >= 0 && !this.putText(k, row2, fields[at], line)) return false;
    }
    this.lines[row2] = line;
    this.n = row2 + 1;
    return true;
  }
  /** Adds one JSON Lines record. Returns false (and sets `error`) on a bad value. */
  addObject(obj, line) {
    if (this.error !== null) return false;
    const row2 = this.n;
    if (row2 === this.cap) this.grow();
    const m = this.kinds.length;
    for (let k = 0; k < m; k++) {
      if (this.fieldIndex[k] >= 0 && !this.putJson(k, row2, obj[this.specs[k].name], line)) return false;
    }
    this.lines[row2] = line;
    this.n = row2 + 1;
    return true;
  }
  /** Records a file-level error found by a reader (bad syntax); rows are ignored after it. */
  fail(error) {
    if (this.error === null) this.error = error;
  }
  /** The table read. @throws DataError for a duplicate in a unique column */
  finish() {
    this.checkUnique();
    if (this.error !== null) throw this.error;
    const n = this.n;
    const columns = {};
    this.specs.forEach((spec, k) => {
      const key = spec.key ?? spec.name;
      if (this.present === null || !this.present[k]) {
        columns[key] = void 0;
        return;
      }
      switch (spec.kind) {
        case "number":
          columns[key] = { kind: "number", values: trim(this.f64[k], n) };
          break;
        case "label":
          columns[key] = { kind: "label", values: trim(this.f64[k], n) };
          break;
        case "boolean":
          columns[key] = { kind: "boolean", values: trim(this.u8[k], n) };
          break;
        case "category":
          columns[key] = { kind: "category", codes: trim(this.i32[k], n), values: this.dictValues[k] };
          break;
        case "string": {
          const index = this.indexes[k];
          if (index === null) this.strs[k].length = n;
          columns[key] = { kind: "string", values: index === null ? this.strs[k] : index.keys, index };
          break;
        }
        case "match":
          columns[key] = {
            kind: "match",
            rowIn: trim(this.i32[k], n),
            rowOf: this.rowOf[k],
            unmatchedRows: this.unmatchedRows[k],
            unmatchedKeys: [...this.unmatched[k].keys()]
          };
          break;
      }
    });
    return {
      n,
      files: this.files,
      fileStart: [...this.fileStart, n],
      line: trim(this.lines, n),
      headers: this.headers,
      columns
    };
  }
  grow() {
    const cap = this.cap * 2;
    const lines = new Int32Array(cap);
    lines.set(this.lines);
    this.lines = lines;
    for (let k = 0; k < this.kinds.length; k++) {
      if (this.f64[k].length) {
        const a = new Float64Array(cap);
        a.set(this.f64[k]);
        this.f64[k] = a;
      }
      if (this.i32[k].length) {
        const a = new Int32Array(cap);
        a.set(this.i32[k]);
        this.i32[k] = a;
      }
      if (this.u8[k].length) {
        const a = new Uint8Array(cap);
        a.set(this.u8[k]);
        this.u8[k] = a;
      }
    }
    this.cap = cap;
  }
  putText(k, row2, text, line) {
    switch (this.kinds[k]) {
      case NUMBER: {
        const v = parseNumber(text);
        if (v !== v) {
          if (text.trim() !== "") return this.bad(k, line, `${showValue(text)} is not a number`);
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== "number") return this.empty(k, line);
          this.f64[k][row2] = fill;
          return true;
        }
        if (v < this.lo[k] || v > this.hi[k]) {
          return this.bad(k, line, `${text.trim()} is out of range; expected ${expectation(this.specs[k])}`);
        }
        this.f64[k][row2] = v;
        return true;
      }
      case CATEGORY: {
        let t = text;
        if (t.length === 0) {
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== "string") return this.empty(k, line);
          t = fill;
        }
        const values = this.dictValues[k];
        let code = -1;
        if (values.length <= 16) {
          for (let c = 0; c < values.length; c++) {
            if (values[c] === t) {
              code = c;
              break;
            }
          }
        } else code = this.dicts[k].get(t) ?? -1;
        if (code === -1) {
          code = values.length;
          this.dicts[k].set(t, code);
          values.push(t);
        }
        this.i32[k][row2] = code;
        return true;
      }
      case STRING: {
        let t = text;
        if (t.length === 0) {
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== "string") return this.empty(k, line);
          t = fill;
        }
        const index = this.indexes[k];
        if (index === null) this.strs[k][row2] = t;
        else index.push(t);
        return true;
      }
      case MATCH: {
        if (text.length === 0) return this.empty(k, line);
        const index = this.indexes[k];
        let other = row2 < index.size && index.keys[row2] === text ? row2 : index.get(text);
        if (other === -1) {
          const seen = this.unmatched[k];
          const first = seen.get(text);
          if (first !== void 0) return this.duplicate(k, text, first, row2, line);
          seen.set(text, row2);
          this.unmatchedRows[k].push(row2);
        } else {
          const rowOf = this.rowOf[k];
          if (rowOf[other] !== -1) return this.duplicate(k, text, rowOf[other], row2, line);
          rowOf[other] = row2;
        }
        this.i32[k][row2] = other;
        return true;
      }
      case BOOLEAN: {
        const b = trimmedRetry(parseBoolean, text);
        if (b === -1) return text.trim() === "" ? this.empty(k, line) : this.bad(k, line, `${showValue(text)} is not a boolean; expected true/false or 1/0`);
        this.u8[k][row2] = b;
        return true;
      }
      default: {
        const b = trimmedRetry(parseLabel, text);
        if (b === -1) {
          return text.trim() === "" ? this.empty(k, line) : this.bad(k, line, `${showValue(text)} is not a binary label; expected 0/1 or true/false`);
        }
        this.f64[k][row2] = b;
        return true;
      }
    }
  }
  putJson(k, row2, value2, line) {
    switch (typeof value2) {
      case "string":
        return this.putText(k, row2, value2, line);
      case "number":
        if (this.kinds[k] === NUMBER) {
          if (value2 < this.lo[k] || value2 > this.hi[k]) {
            return this.bad(k, line, `${value2} is out of range; expected ${expectation(this.specs[k])}`);
          }
          this.f64[k][row2] = value2;
          return true;
        }
        return this.putText(k, row2, String(value2), line);
      case "boolean":
        return this.putText(k, row2, String(value2), line);
      case "undefined":
        return this.putText(k, row2, "", line);
      default:
        if (value2 === null) return this.putText(k, row2, "", line);
        return this.bad(k, line, `expected ${expectation(this.specs[k])}, got a JSON ${Array.isArray(value2) ? "array" : "object"}`);
    }
  }
  /** A repeated key at `row` (on `line`): names the earlier row's line, and its file when another. */
  duplicate(k, key, firstRow, row2, line) {
    const fileOf = (r) => {
      let f = this.fileStart.length - 1;
      while (f > 0 && this.fileStart[f] > r) f--;
      return this.files[f];
    };
    const file = fileOf(row2);
    const firstFile = fileOf(firstRow);
    const where = firstFile === file ? `line ${this.lines[firstRow]}` : `${firstFile}:${this.lines[firstRow]}`;
    if (this.error === null) {
      this.error = new DataError(file, `duplicate ${this.specs[k].name} ${showValue(key)}, first seen on ${where}`, { line, column: this.specs[k].name });
    }
    return false;
  }
  /** Fails on the first duplicate in each unique column (checked once all rows are in). */
  checkUnique() {
    this.specs.forEach((spec, k) => {
      const index = this.indexes[k];
      if (spec.kind !== "string" || index === null) return;
      const dup = index.firstDuplicate();
      if (dup) this.duplicate(k, index.keys[dup[1]], dup[0], dup[1], this.lines[dup[1]]);
    });
  }
  empty(k, line) {
    const kind = this.specs[k].kind;
    const what = kind === "string" || kind === "category" || kind === "match" ? "a value is required" : `expected ${expectation(this.specs[k])}`;
    return this.bad(k, line, `empty value; ${what}`);
  }
  bad(k, line, detail) {
    if (this.error === null) this.error = new DataError(this.file, detail, { line, column: this.specs[k].name });
    return false;
  }
};

// src/io/glob.ts
import { readdirSync, statSync } from "node:fs";
var MAGIC = /[*?[{]/;
function isGlob(input) {
  return MAGIC.test(input);
}
function expandInput(input) {
  if (input.trim() === "") throw new DataError("(empty path)", "no file given; expected a path or a glob");
  if (!isGlob(input)) {
    const kind = statKind(input);
    if (kind === "file") return [input];
    if (kind === "dir") throw new DataError(input, 'is a directory; expected a file or a glob such as "dir/*.csv"');
    throw new DataError(input, "file not found");
  }
  const found = /* @__PURE__ */ new Set();
  for (const pattern of expandBraces(input)) matchPattern(pattern, found);
  if (found.size === 0) throw new DataError(input, "no files match this pattern");
  return [...found].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function expandBraces(pattern) {
  for (let open = pattern.indexOf("{"); open !== -1; open = pattern.indexOf("{", open + 1)) {
    let depth = 0;
    const commas = [];
    let close = -1;
    for (let i = open; i < pattern.length && close === -1; i++) {
      const c = pattern[i];
      if (c === "\\") i++;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) close = i;
      else if (c === "," && depth === 1) commas.push(i);
    }
    if (close === -1) return [pattern];
    if (commas.length === 0) continue;
    const head = pattern.slice(0, open);
    const tail = pattern.slice(close + 1);
    const bounds = [open, ...commas, close];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const p of expandBraces(head + pattern.slice(bounds[k] + 1, bounds[k + 1]) + tail)) out.push(p);
    }
    return out;
  }
  return [pattern];
}
function segmentRegExp(segment) {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "\\" && i + 1 < segment.length) re += escapeRegExp(segment[++i]);
    else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end2 = segment.indexOf("]", i + 2);
      if (end2 === -1) re += "\\[";
      else {
        let body = segment.slice(i + 1, end2);
        if (body[0] === "!") body = "^" + body.slice(1);
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end2;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}
function escapeRegExp(c) {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function statKind(path) {
  try {
    const s = statSync(path);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
}
function joinPath(base, name2) {
  return base === "" ? name2 : base.endsWith("/") ? base + name2 : `${base}/${name2}`;
}
function matchPattern(pattern, out) {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s) => s !== "");
  if (segments[segments.length - 1] === "**") segments.push("*");
  walk(absolute ? "/" : "", segments, 0, out);
}
function walk(base, segments, i, out) {
  const segment = segments[i];
  const last = i === segments.length - 1;
  if (segment === "**") {
    walk(base, segments, i + 1, out);
    for (const entry of listDir(base)) {
      if (entry.dir && !entry.name.startsWith(".")) walk(joinPath(base, entry.name), segments, i, out);
    }
    return;
  }
  if (!isGlob(segment)) {
    const path = joinPath(base, segment.replace(/\\(.)/g, "$1"));
    const kind = statKind(path);
    if (last ? kind === "file" : kind === "dir") {
      if (last) out.add(path);
      else walk(path, segments, i + 1, out);
    }
    return;
  }
  const re = segmentRegExp(segment);
  const dotOk = segment.startsWith(".");
  for (const entry of listDir(base)) {
    if (!dotOk && entry.name.startsWith(".") || !re.test(entry.name)) continue;
    const path = joinPath(base, entry.name);
    if (last) {
      if (statKind(path) === "file") out.add(path);
    } else if (statKind(path) === "dir") walk(path, segments, i + 1, out);
  }
}
function listDir(base) {
  try {
    return readdirSync(base === "" ? "." : base, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() }));
  } catch {
    return [];
  }
}

// node_modules/csv-parse/lib/index.js
import { Transform } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value2 = context[key];
        this[key] = Buffer.isBuffer(value2) ? value2.toString(options.encoding) : value2 == null ? value2 : JSON.parse(JSON.stringify(value2));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value2) {
      const date = Date.parse(value2);
      return !isNaN(date) ? new Date(date) : value2;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr2 = 13;
var nl2 = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info2 = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info: info2,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end2) {
      if (end2) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end2, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end2 === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end2)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info3 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info3.column)} at line ${info3.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info3,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end2 === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info3,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info3 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info3);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info3 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info3)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info3 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info3)];
      }
      return [void 0, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value2) {
      return value2 - parseFloat(value2) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};

// src/io/source.ts
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
var EXTENSIONS = { csv: "csv", tsv: "tsv", jsonl: "jsonl", ndjson: "jsonl" };
var VALID_EXTENSIONS = ".csv, .tsv, .jsonl, .ndjson (each optionally .gz)";
function formatOf(file) {
  const name2 = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  const gzip = name2.endsWith(".gz");
  const base = gzip ? name2.slice(0, -3) : name2;
  const dot = base.lastIndexOf(".");
  const format = dot > 0 ? EXTENSIONS[base.slice(dot + 1)] : void 0;
  if (format === void 0) {
    const ext = dot > 0 ? `"${name2.slice(dot)}"` : "no extension";
    throw new DataError(file, `unsupported file type (${ext}); expected ${VALID_EXTENSIONS}`);
  }
  return { format, gzip };
}
function openBytes(file, gzip) {
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  if (!gzip) return raw;
  const gunzip = createGunzip();
  raw.on("error", (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}
function readFailure(file, e) {
  if (e instanceof DataError) return e;
  const code = e?.code;
  switch (code) {
    case "ENOENT":
      return new DataError(file, "file not found");
    case "EISDIR":
      return new DataError(file, "is a directory; expected a file");
    case "EACCES":
    case "EPERM":
      return new DataError(file, "permission denied");
    case "Z_BUF_ERROR":
      return new DataError(file, `the gzip data is truncated (${e.message})`);
    case "Z_DATA_ERROR":
    case "Z_NEED_DICT":
      return new DataError(file, `not valid gzip data (${e.message}); a .gz file must be gzip-compressed`);
    default:
      return new DataError(file, `cannot read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}

// src/io/csv.ts
var ignore = () => {
};
var SinkParser = class extends Parser {
  sink = () => {
  };
  push(chunk, encoding) {
    if (chunk === null) return super.push(null, encoding);
    this.sink(chunk, this.info.lines, this.info.empty_lines);
    return true;
  }
};
async function readDelimited(file, gzip, delimiter, builder) {
  const parser = new SinkParser({ delimiter, bom: true, skip_empty_lines: true });
  parser.on("error", ignore);
  let header2 = null;
  let prevEnd = 0;
  let prevEmpty = 0;
  let overcount = 0;
  const rawStartOf = (emptyLines) => prevEnd + 1 + (emptyLines - prevEmpty);
  const startOf = (emptyLines) => rawStartOf(emptyLines) - overcount;
  parser.sink = (fields, endLine, emptyLines) => {
    const start = startOf(emptyLines);
    if (endLine !== rawStartOf(emptyLines)) overcount += countCrlf(fields);
    prevEnd = endLine;
    prevEmpty = emptyLines;
    if (header2 !== null) {
      builder.addFields(fields, start);
      return;
    }
    header2 = fields;
    try {
      builder.beginFile(file, fields);
    } catch (e) {
      builder.fail(e);
    }
  };
  const failure = () => {
    if (builder.error) return builder.error;
    const err = parser.errored;
    return err ? csvFailure(file, err, header2, startOf, overcount) : null;
  };
  const source = openBytes(file, gzip);
  try {
    for await (const chunk of source) {
      parser.write(chunk);
      const f2 = failure();
      if (f2) throw f2;
    }
  } catch (e) {
    source.destroy();
    throw readFailure(file, e);
  }
  await end(parser);
  parser.sink = ignore;
  const f = failure();
  if (f) throw f;
  if (header2 === null) throw new DataError(file, "the file is empty; expected a header row naming the columns");
}
function end(parser) {
  return new Promise((resolve2) => {
    parser.once("finish", resolve2);
    parser.once("error", () => resolve2());
    parser.once("close", () => resolve2());
    parser.end();
  });
}
function csvFailure(file, err, header2, startOf, overcount) {
  if (!(err instanceof CsvError)) return readFailure(file, err);
  const e = err;
  const recordLine = startOf(e.empty_lines ?? 0);
  const columnName = typeof e.column === "number" && header2 ? header2[e.column] ?? null : null;
  switch (e.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS": {
      const expected = header2 ? header2.length : 0;
      const got = e.record ? e.record.length : 0;
      return new DataError(
        file,
        `expected ${expected} fields as in the header, found ${got}; quote values that contain the delimiter or a line break`,
        { line: recordLine }
      );
    }
    case "INVALID_OPENING_QUOTE":
      return new DataError(file, 'a quote appears inside an unquoted value; quote the whole value and double its inner quotes ("")', {
        line: e.lines !== void 0 ? e.lines - overcount : recordLine,
        column: columnName
      });
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return new DataError(file, 'a quoted value is followed by text before the next delimiter; double quotes inside a quoted value ("")', {
        line: e.lines !== void 0 ? e.lines - overcount : recordLine,
        column: columnName
      });
    case "CSV_QUOTE_NOT_CLOSED":
      return new DataError(file, "a quoted value starting in this row is never closed (the file ends inside quotes)", { line: recordLine });
    default:
      return new DataError(file, `malformed CSV (${e.message})`, { line: recordLine });
  }
}
function countCrlf(fields) {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf("\r\n"); i !== -1; i = f.indexOf("\r\n", i + 2)) n++;
  return n;
}

// src/io/jsonl.ts
async function readJsonLines(file, gzip, builder) {
  let line = 0;
  let started = false;
  const handle = (buf, start, end2) => {
    line++;
    if (end2 > start && buf[end2 - 1] === 13) end2--;
    let text = buf.toString("utf8", start, end2);
    if (line === 1 && text.charCodeAt(0) === 65279) text = text.slice(1);
    if (text.trim() === "") return;
    let value2;
    try {
      value2 = JSON.parse(text);
    } catch (e) {
      throw new DataError(file, `invalid JSON (${e.message})`, { line });
    }
    if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) {
      throw new DataError(file, `expected a JSON object, got ${value2 === null ? "null" : Array.isArray(value2) ? "an array" : `a ${typeof value2}`}`, {
        line
      });
    }
    const obj = value2;
    if (!started) {
      started = true;
      builder.beginFile(file, Object.keys(obj));
    }
    if (!builder.addObject(obj, line)) throw builder.error;
  };
  const source = openBytes(file, gzip);
  let carry = null;
  try {
    for await (const chunk of source) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl3 = buf.indexOf(10, start); nl3 !== -1; nl3 = buf.indexOf(10, start)) {
        handle(buf, start, nl3);
        start = nl3 + 1;
      }
      carry = start < buf.length ? buf.subarray(start) : null;
    }
    if (carry) handle(carry, 0, carry.length);
  } catch (e) {
    source.destroy();
    throw readFailure(file, e);
  }
  if (!started) throw new DataError(file, "the file has no records; expected one JSON object per line");
}

// src/io/table.ts
async function readTable(files, spec, opts = {}) {
  const formats = files.map((f) => formatOf(f));
  const builder = new TableBuilder(spec, opts.initialRows);
  for (let i = 0; i < files.length; i++) {
    const { format, gzip } = formats[i];
    if (format === "jsonl") await readJsonLines(files[i], gzip, builder);
    else await readDelimited(files[i], gzip, format === "tsv" ? "	" : ",", builder);
  }
  return builder.finish();
}
function rowLocation(table, row2) {
  let lo = 0;
  let hi = table.files.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (table.fileStart[mid] <= row2) lo = mid;
    else hi = mid - 1;
  }
  return { file: table.files[lo], line: table.line[row2] };
}
function rowRef(table, row2) {
  const { file, line } = rowLocation(table, row2);
  return `${file}:${line}`;
}
function columnOf(table, key, kind) {
  const c = table.columns[key];
  if (c === void 0) return void 0;
  if (c.kind !== kind) throw new Error(`column ${key} is ${c.kind}, not ${kind}`);
  return c;
}
function pickCategories(name2, col2, rows) {
  const n = rows.length;
  const remap = new Int32Array(col2.values.length).fill(-1);
  const values = [];
  const codes = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const old = col2.codes[rows[k]];
    let code = remap[old];
    if (code === -1) {
      code = remap[old] = values.length;
      values.push(col2.values[old]);
    }
    codes[k] = code;
  }
  return { name: name2, codes, values };
}

// src/io/eval.ts
var MISSING_SEGMENT = "(missing)";
var EXAMPLES = 5;
async function readEvalPair(opts) {
  const baseFiles = expandInput(opts.baseline);
  const candFiles = expandInput(opts.candidate);
  const c = opts.columns;
  const base = await readTable(baseFiles, [{ name: c.id, key: "id", kind: "string", required: true, unique: true }, ...specsFor(opts, c.segments)], {
    initialRows: 1 << 16
  });
  checkScore(base, opts);
  const idsB = columnOf(base, "id", "string").values;
  const index = columnOf(base, "id", "string").index;
  const segmentsFromCandidate = c.segments.filter((s) => base.columns[`segment:${s}`] === void 0);
  const cand = await readTable(candFiles, [{ name: c.id, key: "id", kind: "match", required: true, index }, ...specsFor(opts, segmentsFromCandidate)], {
    initialRows: Math.max(1 << 14, base.n)
  });
  checkScore(cand, opts);
  for (const s of segmentsFromCandidate) {
    if (cand.columns[`segment:${s}`] === void 0) {
      const present = [.../* @__PURE__ */ new Set([...base.headers.flat(), ...cand.headers.flat()])];
      throw missingColumn(baseFiles[0], s, present, ` (segment column, in neither ${baseFiles[0]} nor ${candFiles[0]})`);
    }
  }
  const join2 = columnOf(cand, "id", "match");
  let n = 0;
  for (let i = 0; i < base.n; i++) if (join2.rowOf[i] !== -1) n++;
  if (n === 0) {
    const ex = (ids) => ids.length ? ids.slice(0, 3).map(showValue).join(", ") : "(no rows)";
    throw new DataError(
      opts.candidate,
      `no id in common with the baseline ${opts.baseline} (${base.n} vs ${cand.n} rows); ids look like ${ex(idsB)} there and ${ex(join2.unmatchedKeys)} here; both files must score the same test set`,
      { column: c.id }
    );
  }
  const bRows = new Int32Array(n);
  const cRows = new Int32Array(n);
  const onlyBaseline = [];
  for (let i = 0, k = 0; i < base.n; i++) {
    const j = join2.rowOf[i];
    if (j !== -1) {
      bRows[k] = i;
      cRows[k++] = j;
    } else if (onlyBaseline.length < EXAMPLES) onlyBaseline.push(idsB[i]);
  }
  const integrity = {
    baselineRows: base.n,
    candidateRows: cand.n,
    matched: n,
    onlyBaseline: base.n - n,
    onlyCandidate: cand.n - n,
    coverage: n / Math.max(base.n, cand.n),
    examplesOnlyBaseline: onlyBaseline,
    examplesOnlyCandidate: join2.unmatchedKeys.slice(0, EXAMPLES)
  };
  const ctx = { base, cand, bRows, cRows, b: rowsOf(bRows, base.n), c: rowsOf(cRows, cand.n), idsB, columns: c };
  const task = opts.task === "multiclass" ? multiclassOutputs(ctx) : numericOutputs(ctx, opts);
  return {
    n,
    label: task.label,
    classes: task.classes,
    weight: weights(ctx),
    baseline: task.baseline,
    candidate: task.candidate,
    segments: c.segments.map((s) => segmentColumn(ctx, s)),
    numeric: Object.fromEntries(
      opts.numericColumns.map((x) => [
        x,
        { baseline: gather(columnOf(base, `numeric:${x}`, "number").values, ctx.b), candidate: gather(columnOf(cand, `numeric:${x}`, "number").values, ctx.c) }
      ])
    ),
    integrity,
    files: { baseline: baseFiles, candidate: candFiles }
  };
}
function specsFor(opts, segments) {
  const c = opts.columns;
  const specs = [];
  switch (opts.task) {
    case "binary":
      specs.push(
        { name: c.label, key: "label", kind: "label", required: true },
        { name: c.score, key: "score", kind: "number", required: true, min: 0, max: 1, rangeText: "a probability in [0, 1]" },
        { name: c.prediction, key: "prediction", kind: "label", required: false }
      );
      break;
    case "multiclass":
      specs.push(
        { name: c.label, key: "label", kind: "category", required: true },
        { name: c.prediction, key: "prediction", kind: "category", required: true },
        { name: c.score, key: "score", kind: "number", required: false }
      );
      break;
    case "regression":
      specs.push(
        { name: c.label, key: "label", kind: "number", required: true },
        { name: c.score, key: "score", kind: "number", required: false },
        { name: c.prediction, key: "prediction", kind: "number", required: false }
      );
      break;
  }
  specs.push({ name: c.weight, key: "weight", kind: "number", required: false, min: 0, rangeText: "a weight >= 0" });
  for (const s of segments) specs.push({ name: s, key: `segment:${s}`, kind: "category", required: false, ifEmpty: MISSING_SEGMENT });
  for (const x of opts.numericColumns) specs.push({ name: x, key: `numeric:${x}`, kind: "number", required: true });
  return specs;
}
function checkScore(t, opts) {
  if (opts.task === "regression" && t.columns.score === void 0 && t.columns.prediction === void 0) {
    throw missingColumn(t.files[0], opts.columns.score, t.headers[0], ` (the prediction; a "${opts.columns.prediction}" column also works)`, [
      opts.columns.prediction
    ]);
  }
}
function rowsOf(idx, tableRows) {
  let identity = idx.length === tableRows;
  for (let k = 0; k < idx.length && identity; k++) identity = idx[k] === k;
  return { idx, identity };
}
function gather(values, rows) {
  if (rows.identity) return values;
  const idx = rows.idx;
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = values[idx[k]];
  return out;
}
function disagreement(ctx, k, column, what, b, c) {
  const row2 = ctx.bRows[k];
  const { base, cand } = ctx;
  const bRef = rowRef(base, row2);
  return new DataError(
    bRef.slice(0, bRef.lastIndexOf(":")),
    `id ${showValue(ctx.idsB[row2])} has ${what} ${b} here but ${c} in ${rowRef(cand, ctx.cRows[k])}; both files must carry the same ${what}s`,
    { line: base.line[row2], column }
  );
}
function numericOutputs(ctx, opts) {
  const { base, cand, bRows, cRows } = ctx;
  const kind = opts.task === "binary" ? "label" : "number";
  const lb = columnOf(base, "label", kind).values;
  const lc = columnOf(cand, "label", kind).values;
  const n = bRows.length;
  for (let k = 0; k < n; k++) {
    const v = lb[bRows[k]];
    if (v !== lc[cRows[k]]) throw disagreement(ctx, k, ctx.columns.label, "label", String(v), String(lc[cRows[k]]));
  }
  const label = gather(lb, ctx.b);
  const outputs = (t, rows) => {
    if (opts.task === "regression") {
      const s = gather((columnOf(t, "score", "number") ?? columnOf(t, "prediction", "number")).values, rows);
      return { score: s, decision: s };
    }
    const score2 = gather(columnOf(t, "score", "number").values, rows);
    const pred = columnOf(t, "prediction", "label");
    let decision;
    if (pred) decision = gather(pred.values, rows);
    else {
      decision = new Float64Array(n);
      for (let k = 0; k < n; k++) decision[k] = score2[k] >= opts.threshold ? 1 : 0;
    }
    return { score: score2, decision };
  };
  return { label, classes: [], baseline: outputs(base, ctx.b), candidate: outputs(cand, ctx.c) };
}
function multiclassOutputs(ctx) {
  const { base, cand, bRows, cRows } = ctx;
  const n = bRows.length;
  const lb = columnOf(base, "label", "category");
  const lc = columnOf(cand, "label", "category");
  const pb = columnOf(base, "prediction", "category");
  const pc = columnOf(cand, "prediction", "category");
  const lbIndex = new Map(lb.values.map((v, i) => [v, i]));
  const lcToLb = Int32Array.from(lc.values, (v) => lbIndex.get(v) ?? -1);
  for (let k = 0; k < n; k++) {
    const b = lb.codes[bRows[k]];
    const cc = lc.codes[cRows[k]];
    if (lcToLb[cc] !== b) throw disagreement(ctx, k, ctx.columns.label, "label", showValue(lb.values[b]), showValue(lc.values[cc]));
  }
  const used = /* @__PURE__ */ new Set();
  const mark = (col2, rows) => {
    const seen = new Uint8Array(col2.values.length);
    for (let k = 0; k < n; k++) seen[col2.codes[rows[k]]] = 1;
    seen.forEach((s, i) => s && used.add(col2.values[i]));
  };
  mark(lb, bRows);
  mark(pb, bRows);
  mark(pc, cRows);
  const classes = [...used].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const classOf = new Map(classes.map((v, i) => [v, i]));
  const toClass = (col2, rows) => {
    const tr = Float64Array.from(col2.values, (v) => classOf.get(v) ?? -1);
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = tr[col2.codes[rows[k]]];
    return out;
  };
  const scoreOf = (t, rows) => {
    const s = columnOf(t, "score", "number");
    return s ? gather(s.values, rows) : new Float64Array(n).fill(NaN);
  };
  return {
    label: toClass(lb, bRows),
    classes,
    baseline: { score: scoreOf(base, ctx.b), decision: toClass(pb, bRows) },
    candidate: { score: scoreOf(cand, ctx.c), decision: toClass(pc, cRows) }
  };
}
function weights(ctx) {
  const { base, cand, bRows, cRows } = ctx;
  const wb = columnOf(base, "weight", "number");
  const wc = columnOf(cand, "weight", "number");
  if (wb && wc) {
    for (let k = 0; k < bRows.length; k++) {
      const b = wb.values[bRows[k]];
      const c = wc.values[cRows[k]];
      if (b !== c) throw disagreement(ctx, k, ctx.columns.weight, "weight", String(b), String(c));
    }
  }
  if (wb) return gather(wb.values, ctx.b);
  if (wc) return gather(wc.values, ctx.c);
  return null;
}
function segmentColumn(ctx, name2) {
  const fromBase = columnOf(ctx.base, `segment:${name2}`, "category");
  const col2 = fromBase ?? columnOf(ctx.cand, `segment:${name2}`, "category");
  return pickCategories(name2, col2, fromBase ? ctx.bRows : ctx.cRows);
}

// src/metrics/confusion.ts
function confusionTotal(c) {
  return c.tp + c.fp + c.tn + c.fn;
}
function ratio(num2, den) {
  return den > 0 ? num2 / den : null;
}

// src/metrics/accuracy.ts
function accuracy(correctWeight, totalWeight) {
  return ratio(correctWeight, totalWeight);
}

// src/metrics/auc.ts
function rocTrapezoid(tpPrev, fpPrev, tp, fp) {
  return (fp - fpPrev) * (tp + tpPrev) / 2;
}
function auc(area, positiveWeight, negativeWeight) {
  if (!(positiveWeight > 0 && negativeWeight > 0)) return null;
  return area / (positiveWeight * negativeWeight);
}

// src/metrics/averagePrecision.ts
function apStep(tpPrev, tp, fp) {
  const dTp = tp - tpPrev;
  return dTp > 0 ? dTp * tp / (tp + fp) : 0;
}
function averagePrecision(stepSum, positiveWeight, negativeWeight) {
  if (!(positiveWeight > 0 && negativeWeight > 0)) return null;
  return stepSum / positiveWeight;
}

// src/metrics/mean.ts
function weightedMean(weightedSum, totalWeight) {
  return ratio(weightedSum, totalWeight);
}

// src/metrics/bias.ts
function bias(weightedSignedErrorSum, totalWeight) {
  return weightedMean(weightedSignedErrorSum, totalWeight);
}

// src/metrics/brier.ts
function brierTerm(label, p) {
  const d = label - p;
  return d * d;
}
function brier(weightedTermSum, totalWeight) {
  return weightedMean(weightedTermSum, totalWeight);
}

// src/metrics/ece.ts
var ECE_BINS = 10;
function eceBin(score2) {
  const b = Math.floor(score2 * ECE_BINS);
  return b >= ECE_BINS ? ECE_BINS - 1 : b < 0 ? 0 : b;
}
function ece(binSums, offset, totalWeight) {
  if (!(totalWeight > 0)) return null;
  let s = 0;
  for (let b = 0; b < ECE_BINS; b++) s += Math.abs(binSums[offset + b]);
  return s / totalWeight;
}

// src/metrics/expectedCost.ts
function expectedCost(c, costs) {
  return ratio(c.tp * costs.tp + c.fp * costs.fp + c.tn * costs.tn + c.fn * costs.fn, confusionTotal(c));
}

// src/metrics/f1.ts
function f1(c) {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

// src/metrics/fpr.ts
function fpr(c) {
  return ratio(c.fp, c.fp + c.tn);
}

// src/metrics/logLoss.ts
var LOG_LOSS_EPS = 2220446049250313e-31;
function logLossTerm(label, p) {
  const q = label === 1 ? p : 1 - p;
  return -Math.log(q < LOG_LOSS_EPS ? LOG_LOSS_EPS : q > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : q);
}
function logLoss(weightedTermSum, totalWeight) {
  return weightedMean(weightedTermSum, totalWeight);
}

// src/metrics/macroF1.ts
function macroF1(tp, trueWeight, predWeight, trueCount, predCount, offset, classes) {
  let sum = 0;
  let present = 0;
  for (let k = offset; k < offset + classes; k++) {
    if (trueCount[k] === 0 && predCount[k] === 0) continue;
    present++;
    const den = trueWeight[k] + predWeight[k];
    if (den > 0) sum += 2 * tp[k] / den;
  }
  return present > 0 ? sum / present : null;
}

// src/metrics/macroRecall.ts
function macroRecall(tp, trueWeight, trueCount, predCount, offset, classes) {
  let sum = 0;
  let present = 0;
  for (let k = offset; k < offset + classes; k++) {
    if (trueCount[k] === 0 && predCount[k] === 0) continue;
    present++;
    if (trueWeight[k] > 0) sum += tp[k] / trueWeight[k];
  }
  return present > 0 ? sum / present : null;
}

// src/metrics/mae.ts
function mae(weightedAbsErrorSum, totalWeight) {
  return weightedMean(weightedAbsErrorSum, totalWeight);
}

// src/metrics/mape.ts
var MAPE_EPS = 2220446049250313e-31;
function apeTerm(label, prediction) {
  const a = Math.abs(label);
  return Math.abs(label - prediction) / (a > MAPE_EPS ? a : MAPE_EPS);
}
function mape(weightedApeSum, totalWeight) {
  return weightedMean(weightedApeSum, totalWeight);
}

// src/metrics/cells.ts
var DENSE_LIMIT = 1 << 22;
function buildCells(dims, n, segments) {
  const D2 = dims.length;
  const ofRow = new Int32Array(n);
  let count2 = n > 0 ? 1 : 0;
  const parents = [];
  const segs = [];
  for (let d = 0; d < D2; d++) {
    const rs = dims[d];
    let next = 0;
    const parent = [];
    const seg = [];
    if (count2 * segments <= DENSE_LIMIT) {
      const table = new Int32Array(count2 * segments).fill(-1);
      for (let r = 0; r < n; r++) {
        const s = rs[r];
        const key = ofRow[r] * segments + s;
        let c = table[key];
        if (c < 0) {
          c = table[key] = next++;
          parent.push(ofRow[r]);
          seg.push(s);
        }
        ofRow[r] = c;
      }
    } else {
      const table = /* @__PURE__ */ new Map();
      for (let r = 0; r < n; r++) {
        const s = rs[r];
        const key = ofRow[r] * segments + s;
        let c = table.get(key);
        if (c === void 0) {
          c = next++;
          table.set(key, c);
          parent.push(ofRow[r]);
          seg.push(s);
        }
        ofRow[r] = c;
      }
    }
    parents.push(Int32Array.from(parent));
    segs.push(Int32Array.from(seg));
    count2 = next;
  }
  const segmentOf = new Int32Array(count2 * D2);
  for (let c = 0; c < count2; c++) {
    let cur = c;
    for (let d = D2 - 1; d >= 0; d--) {
      segmentOf[c * D2 + d] = segs[d][cur];
      cur = parents[d][cur];
    }
  }
  return { count: count2, ofRow, dims: D2, segmentOf };
}
function foldCells(cellSums, width, cells, segments) {
  const out = new Float64Array(segments * width);
  const D2 = cells.dims;
  for (let c = 0; c < cells.count; c++) {
    for (let d = 0; d < D2; d++) {
      const o = cells.segmentOf[c * D2 + d] * width;
      const i = c * width;
      for (let k = 0; k < width; k++) out[o + k] += cellSums[i + k];
    }
  }
  return out;
}

// src/metrics/passes.ts
var BIN2 = {
  COUNT: 0,
  WEIGHT: 1,
  /** Rows with label 1 (unweighted). */
  POSITIVES: 2,
  MODEL: [3, 3 + 4 + 2 + ECE_BINS],
  CM: 0,
  TN: 0,
  FP: 1,
  FN: 2,
  TP: 3,
  LOG_LOSS: 4,
  BRIER: 5,
  ECE: 6,
  STRIDE: 3 + 2 * (4 + 2 + ECE_BINS)
};
function badValue(what, row2, value2, valid) {
  return new Error(`measureOffline: ${what} of row ${row2} is ${value2}; expected ${valid}`);
}
function binaryPass(data, cells, segments, opts) {
  const { STRIDE, MODEL, LOG_LOSS, BRIER, ECE } = BIN2;
  const acc = new Float64Array(cells.count * STRIDE);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const sB = data.baseline.score;
  const sC = data.candidate.score;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  const mB = MODEL[0];
  const mC = MODEL[1];
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const db = dB[r];
    const dc = dC[r];
    if (y !== 0 && y !== 1) throw badValue("label", r, y, "0 or 1");
    if (db !== 0 && db !== 1) throw badValue("baseline decision", r, db, "0 or 1");
    if (dc !== 0 && dc !== 1) throw badValue("candidate decision", r, dc, "0 or 1");
    const o = cellOf[r] * STRIDE;
    acc[o] += 1;
    acc[o + 1] += w;
    acc[o + 2] += y;
    acc[o + mB + 2 * y + db] += w;
    acc[o + mC + 2 * y + dc] += w;
    if (!opts.scores) continue;
    const pb = sB[r];
    const pc = sC[r];
    if (!(pb >= 0 && pb <= 1)) throw badValue("baseline score", r, pb, "a probability in [0, 1]");
    if (!(pc >= 0 && pc <= 1)) throw badValue("candidate score", r, pc, "a probability in [0, 1]");
    if (opts.logLoss) {
      acc[o + mB + LOG_LOSS] += w * logLossTerm(y, pb);
      acc[o + mC + LOG_LOSS] += w * logLossTerm(y, pc);
    }
    acc[o + mB + BRIER] += w * brierTerm(y, pb);
    acc[o + mC + BRIER] += w * brierTerm(y, pc);
    acc[o + mB + ECE + eceBin(pb)] += w * (y - pb);
    acc[o + mC + ECE + eceBin(pc)] += w * (y - pc);
  }
  return foldCells(acc, STRIDE, cells, segments);
}
var RANK = { AREA: 0, AP: 1, POSITIVE: 2, NEGATIVE: 3, STRIDE: 4 };
function rankingPass(sorted, cells, segments) {
  const { tied, cellLabel, weight } = sorted;
  const n = tied.length;
  const C3 = cells.count;
  const D2 = cells.dims;
  const segmentOf = cells.segmentOf;
  const cellPos = new Float64Array(C3);
  const cellNeg = new Float64Array(C3);
  const cellTouched = new Uint8Array(C3);
  const touchedCells = new Int32Array(C3);
  let nTouched = 0;
  const segPos = new Float64Array(segments);
  const segNeg = new Float64Array(segments);
  const segTouched = new Uint8Array(segments);
  const touchedSegs = new Int32Array(segments);
  const tp = new Float64Array(segments);
  const fp = new Float64Array(segments);
  const out = new Float64Array(segments * RANK.STRIDE);
  const closeGroup = () => {
    let nSegs = 0;
    for (let t = 0; t < nTouched; t++) {
      const c = touchedCells[t];
      const p = cellPos[c];
      const q = cellNeg[c];
      cellPos[c] = 0;
      cellNeg[c] = 0;
      cellTouched[c] = 0;
      for (let d = 0; d < D2; d++) {
        const s = segmentOf[c * D2 + d];
        if (segTouched[s] === 0) {
          segTouched[s] = 1;
          touchedSegs[nSegs++] = s;
        }
        segPos[s] += p;
        segNeg[s] += q;
      }
    }
    nTouched = 0;
    for (let t = 0; t < nSegs; t++) {
      const s = touchedSegs[t];
      const tp0 = tp[s];
      const fp0 = fp[s];
      const tp1 = tp0 + segPos[s];
      const fp1 = fp0 + segNeg[s];
      out[s * RANK.STRIDE + RANK.AREA] += rocTrapezoid(tp0, fp0, tp1, fp1);
      out[s * RANK.STRIDE + RANK.AP] += apStep(tp0, tp1, fp1);
      tp[s] = tp1;
      fp[s] = fp1;
      segPos[s] = 0;
      segNeg[s] = 0;
      segTouched[s] = 0;
    }
  };
  for (let i = n - 1; i >= 0; i--) {
    const p = cellLabel[i];
    const w = weight === null ? 1 : weight[i];
    const c = p >> 1;
    if (cellTouched[c] === 0) {
      cellTouched[c] = 1;
      touchedCells[nTouched++] = c;
    }
    if ((p & 1) === 1) cellPos[c] += w;
    else cellNeg[c] += w;
    if (tied[i] === 0) closeGroup();
  }
  for (let s = 0; s < segments; s++) {
    out[s * RANK.STRIDE + RANK.POSITIVE] = tp[s];
    out[s * RANK.STRIDE + RANK.NEGATIVE] = fp[s];
  }
  return out;
}
function multiclassPass(data, cells, segments) {
  const K = data.classes.length;
  const C3 = cells.count;
  const W1 = 4;
  const WK = 8 * K;
  const one = new Float64Array(C3 * W1);
  const per = new Float64Array(C3 * WK);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  const valid = `a class code in [0, ${K})`;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const pb = dB[r];
    const pc = dC[r];
    if (!(Number.isInteger(y) && y >= 0 && y < K)) throw badValue("label", r, y, valid);
    if (!(Number.isInteger(pb) && pb >= 0 && pb < K)) throw badValue("baseline decision", r, pb, valid);
    if (!(Number.isInteger(pc) && pc >= 0 && pc < K)) throw badValue("candidate decision", r, pc, valid);
    const c = cellOf[r];
    const okB = pb === y ? w : 0;
    const okC = pc === y ? w : 0;
    const o = c * W1;
    one[o] += 1;
    one[o + 1] += w;
    one[o + 2] += okB;
    one[o + 3] += okC;
    const k = c * WK;
    per[k + 8 * y] += w;
    per[k + 8 * y + 1] += 1;
    per[k + 8 * y + 2] += okB;
    per[k + 8 * pb + 3] += w;
    per[k + 8 * pb + 4] += 1;
    per[k + 8 * y + 5] += okC;
    per[k + 8 * pc + 6] += w;
    per[k + 8 * pc + 7] += 1;
  }
  const seg1 = foldCells(one, W1, cells, segments);
  const segK = foldCells(per, WK, cells, segments);
  const column1 = (j) => {
    const a = new Float64Array(segments);
    for (let s = 0; s < segments; s++) a[s] = seg1[s * W1 + j];
    return a;
  };
  const columnK = (j) => {
    const a = new Float64Array(segments * K);
    for (let i = 0; i < segments * K; i++) a[i] = segK[i * 8 + j];
    return a;
  };
  return {
    count: column1(0),
    weight: column1(1),
    trueWeight: columnK(0),
    trueCount: columnK(1),
    models: [
      { correct: column1(2), tp: columnK(2), predWeight: columnK(3), predCount: columnK(4) },
      { correct: column1(3), tp: columnK(5), predWeight: columnK(6), predCount: columnK(7) }
    ]
  };
}
var REG = {
  COUNT: 0,
  WEIGHT: 1,
  MODEL: [2, 6],
  ABS: 0,
  SQ: 1,
  APE: 2,
  SIGNED: 3,
  STRIDE: 10
};
function regressionPass(data, cells, segments) {
  const { STRIDE } = REG;
  const acc = new Float64Array(cells.count * STRIDE);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const pB = data.baseline.score;
  const pC = data.candidate.score;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const eb = pB[r] - y;
    const ec = pC[r] - y;
    const o = cellOf[r] * STRIDE;
    acc[o] += 1;
    acc[o + 1] += w;
    acc[o + 2] += w * Math.abs(eb);
    acc[o + 3] += w * eb * eb;
    acc[o + 4] += w * apeTerm(y, pB[r]);
    acc[o + 5] += w * eb;
    acc[o + 6] += w * Math.abs(ec);
    acc[o + 7] += w * ec * ec;
    acc[o + 8] += w * apeTerm(y, pC[r]);
    acc[o + 9] += w * ec;
  }
  return foldCells(acc, STRIDE, cells, segments);
}
var MEAN = { SUM: [0, 2], WEIGHT: [1, 3], STRIDE: 4 };
function meanPass(values, weight, cells, segments) {
  const acc = new Float64Array(cells.count * MEAN.STRIDE);
  const xB = values.baseline;
  const xC = values.candidate;
  const cellOf = cells.ofRow;
  const n = xB.length;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = xB[r];
    const c = xC[r];
    const o = cellOf[r] * 4;
    if (b === b) {
      acc[o] += w * b;
      acc[o + 1] += w;
    }
    if (c === c) {
      acc[o + 2] += w * c;
      acc[o + 3] += w;
    }
  }
  return foldCells(acc, MEAN.STRIDE, cells, segments);
}

// src/metrics/positiveRate.ts
function positiveRate(c) {
  return ratio(c.tp + c.fp, confusionTotal(c));
}

// src/metrics/precision.ts
function precision(c) {
  return ratio(c.tp, c.tp + c.fp);
}

// src/metrics/recall.ts
function recall(truePositiveWeight, positiveWeight) {
  return ratio(truePositiveWeight, positiveWeight);
}

// src/metrics/rmse.ts
function rmse(weightedSqErrorSum, totalWeight) {
  const m = weightedMean(weightedSqErrorSum, totalWeight);
  return m === null ? null : Math.sqrt(m);
}

// src/sort/radixSort.ts
var BUCKETS = 65536;
var MASK = 65535;
function argsortFloat64(values, into) {
  return radixSort(values, into).order;
}
function sortWithRuns(values) {
  const { order, hi, lo } = radixSort(values);
  const n = order.length;
  const tied = new Uint8Array(n);
  for (let k = 1; k < n; k++) tied[k] = hi[k] === hi[k - 1] && lo[k] === lo[k - 1] ? 1 : 0;
  return { order, tied };
}
function radixSort(values, into) {
  const n = values.length;
  if (into !== void 0 && into.length !== n) throw new Error(`argsortFloat64: an output of ${into.length} for ${n} values`);
  let idx = into ?? new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return { order: idx, hi: new Uint32Array(n), lo: new Uint32Array(n) };
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const hist = new Uint32Array(4 * BUCKETS);
  for (let i = 0; i < n; i++) {
    let h2 = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h2 === 2147483648 && l === 0) h2 = 0;
    if (h2 & 2147483648) {
      h2 = ~h2 >>> 0;
      l = ~l >>> 0;
    } else {
      h2 = (h2 | 2147483648) >>> 0;
    }
    hi[i] = h2;
    lo[i] = l;
    hist[l & MASK]++;
    hist[BUCKETS + (l >>> 16)]++;
    hist[2 * BUCKETS + (h2 & MASK)]++;
    hist[3 * BUCKETS + (h2 >>> 16)]++;
  }
  let idx2 = new Int32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  const offsets = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const c = hist[base + b];
      if (c === n) trivial = true;
      if (c !== 0) break;
    }
    if (trivial) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      offsets[b] = sum;
      sum += hist[base + b];
    }
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    for (let k = 0; k < n; k++) {
      const dst = offsets[key[k] >>> shift & MASK]++;
      idx2[dst] = idx[k];
      hi2[dst] = hi[k];
      lo2[dst] = lo[k];
    }
    [idx, idx2] = [idx2, idx];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  if (into !== void 0 && idx !== into) {
    into.set(idx);
    idx = into;
  }
  return { order: idx, hi, lo };
}

// src/metrics/rowCache.ts
function scoreOrder(score2, label, weight, cells) {
  const { order: rows, tied } = sortWithRuns(score2);
  const n = rows.length;
  const cellOf = cells.ofRow;
  const cellLabel = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    cellLabel[k] = cellOf[r] * 2 + (label[r] === 1 ? 1 : 0);
  }
  let w = null;
  if (weight !== null) {
    w = new Float64Array(n);
    for (let k = 0; k < n; k++) w[k] = weight[rows[k]];
  }
  return { rows, tied, cellLabel, weight: w };
}
var RowCache = class {
  constructor(data, segmentation) {
    this.data = data;
    this.segmentation = segmentation;
  }
  data;
  segmentation;
  builtCells = null;
  orders = [null, null];
  /** Each row's cell of the segmentation. */
  get cells() {
    this.builtCells ??= buildCells(
      this.segmentation.dimensions.map((d) => d.rowSegment),
      this.data.n,
      this.segmentation.segments.length
    );
    return this.builtCells;
  }
  /** Model m's (0 baseline, 1 candidate) rows in ascending order of score (binary task: labels 0/1). */
  scoreOrder(m) {
    const d = this.data;
    this.orders[m] ??= scoreOrder(m === 0 ? d.baseline.score : d.candidate.score, d.label, d.weight, this.cells);
    return this.orders[m];
  }
  /** Throws unless the cache was built for these rows and segments (another's would give wrong sums without a sign). */
  assertFor(data, segmentation, caller) {
    if (data !== this.data || segmentation !== this.segmentation) throw new Error(`${caller}: the row cache was built for other data or segments`);
  }
};

// src/metrics/measure.ts
var BINARY_CONFUSION = {
  accuracy: (c) => accuracy(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn),
  precision: (c) => precision(c),
  recall: (c) => recall(c.tp, c.tp + c.fn),
  f1: (c) => f1(c),
  fpr: (c) => fpr(c),
  positive_rate: (c) => positiveRate(c),
  expected_cost: (c, costs) => expectedCost(c, costs)
};
function measureOffline(data, segmentation, metrics, task, rows = new RowCache(data, segmentation)) {
  rows.assertFor(data, segmentation, "measureOffline");
  const S = segmentation.segments.length;
  for (const d of segmentation.dimensions) {
    if (d.rowSegment.length !== data.n) {
      throw new Error(`measureOffline: dimension ${d.name} has ${d.rowSegment.length} rows, the data ${data.n}`);
    }
  }
  const names = Object.keys(metrics);
  const issues = [];
  for (const name2 of names) {
    if (!lookupMetric(name2, task, metrics[name2].direction)) {
      issues.push({
        path: `metrics.${name2}`,
        message: `"${name2}" is not a metric for task ${task}; valid: ${metricNames(task).join(", ")}${task === "multiclass" ? ", recall[CLASS]" : ""}, mean[COLUMN]`
      });
    } else if (name2 === "expected_cost" && !metrics[name2].costs) {
      issues.push({ path: `metrics.${name2}.costs`, message: "expected_cost needs costs: { tp, fp, tn, fn }" });
    }
  }
  if (issues.length > 0) throw new ConfigError("config", issues);
  const cells = rows.cells;
  const count2 = new Float64Array(S);
  const weight = new Float64Array(S);
  const positives = new Float64Array(S);
  const finishers = /* @__PURE__ */ new Map();
  if (task === "binary") {
    const bases = new Set(names.map((n) => splitMetricName(n).base));
    const acc = binaryPass(data, cells, S, {
      scores: ["log_loss", "brier", "ece", "auc", "pr_auc"].some((m) => bases.has(m)),
      logLoss: bases.has("log_loss")
    });
    for (let s = 0; s < S; s++) {
      count2[s] = acc[s * BIN2.STRIDE + BIN2.COUNT];
      weight[s] = acc[s * BIN2.STRIDE + BIN2.WEIGHT];
      positives[s] = acc[s * BIN2.STRIDE + BIN2.POSITIVES];
    }
    const at = (s, m, field) => acc[s * BIN2.STRIDE + BIN2.MODEL[m] + field];
    const confusion = (s, m) => ({
      tn: at(s, m, BIN2.TN),
      fp: at(s, m, BIN2.FP),
      fn: at(s, m, BIN2.FN),
      tp: at(s, m, BIN2.TP)
    });
    const ranks = [];
    const ranking = (m) => {
      if (!ranks[m]) {
        ranks[m] = rankingPass(rows.scoreOrder(m), cells, S);
      }
      return ranks[m];
    };
    const rank = (s, m, field) => ranking(m)[s * RANK.STRIDE + field];
    for (const name2 of names) {
      const cm = BINARY_CONFUSION[name2];
      if (cm) {
        const costs = metrics[name2].costs ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
        finishers.set(name2, (s, m) => cm(confusion(s, m), costs));
      } else if (name2 === "auc") {
        finishers.set(name2, (s, m) => auc(rank(s, m, RANK.AREA), rank(s, m, RANK.POSITIVE), rank(s, m, RANK.NEGATIVE)));
      } else if (name2 === "pr_auc") {
        finishers.set(
          name2,
          (s, m) => averagePrecision(rank(s, m, RANK.AP), rank(s, m, RANK.POSITIVE), rank(s, m, RANK.NEGATIVE))
        );
      } else if (name2 === "log_loss") {
        finishers.set(name2, (s, m) => logLoss(at(s, m, BIN2.LOG_LOSS), weight[s]));
      } else if (name2 === "brier") {
        finishers.set(name2, (s, m) => brier(at(s, m, BIN2.BRIER), weight[s]));
      } else if (name2 === "ece") {
        finishers.set(name2, (s, m) => ece(acc, s * BIN2.STRIDE + BIN2.MODEL[m] + BIN2.ECE, weight[s]));
      }
    }
  } else if (task === "multiclass") {
    const sums = multiclassPass(data, cells, S);
    count2.set(sums.count);
    weight.set(sums.weight);
    for (const name2 of names) {
      const f = multiclassFinisher(name2, sums, data.classes);
      if (f) finishers.set(name2, f);
    }
  } else {
    const acc = regressionPass(data, cells, S);
    for (let s = 0; s < S; s++) {
      count2[s] = acc[s * REG.STRIDE + REG.COUNT];
      weight[s] = acc[s * REG.STRIDE + REG.WEIGHT];
    }
    const at = (s, m, field) => acc[s * REG.STRIDE + REG.MODEL[m] + field];
    const byName = {
      mae: (s, m) => mae(at(s, m, REG.ABS), weight[s]),
      rmse: (s, m) => rmse(at(s, m, REG.SQ), weight[s]),
      mape: (s, m) => mape(at(s, m, REG.APE), weight[s]),
      bias: (s, m) => bias(at(s, m, REG.SIGNED), weight[s])
    };
    for (const name2 of names) if (byName[name2]) finishers.set(name2, byName[name2]);
  }
  for (const name2 of names) {
    const { base, arg } = splitMetricName(name2);
    if (base !== "mean" || arg === null) continue;
    const column = data.numeric[arg];
    if (!column) throw new Error(`measureOffline: numeric column ${arg} for ${name2} was not loaded by the reader`);
    const acc = meanPass(column, data.weight, cells, S);
    finishers.set(name2, (s, m) => weightedMean(acc[s * MEAN.STRIDE + MEAN.SUM[m]], acc[s * MEAN.STRIDE + MEAN.WEIGHT[m]]));
  }
  return segmentation.segments.map((segment, s) => {
    const n = count2[s];
    const empty = !(weight[s] > 0);
    const values = {};
    for (const name2 of names) {
      const f = finishers.get(name2);
      values[name2] = empty ? { baseline: null, candidate: null } : { baseline: clean(f(s, 0)), candidate: clean(f(s, 1)) };
    }
    return { segment, n, weight: weight[s], positives: task === "binary" ? positives[s] : null, values };
  });
}
function clean(v) {
  return v === null || Number.isNaN(v) ? null : v;
}
function multiclassFinisher(name2, sums, classes) {
  const K = classes.length;
  const { base, arg } = splitMetricName(name2);
  if (name2 === "accuracy") return (s, m) => accuracy(sums.models[m].correct[s], sums.weight[s]);
  if (name2 === "macro_recall") {
    return (s, m) => {
      const mm = sums.models[m];
      return macroRecall(mm.tp, sums.trueWeight, sums.trueCount, mm.predCount, s * K, K);
    };
  }
  if (name2 === "macro_f1") {
    return (s, m) => {
      const mm = sums.models[m];
      return macroF1(mm.tp, sums.trueWeight, mm.predWeight, sums.trueCount, mm.predCount, s * K, K);
    };
  }
  if (base === "recall" && arg !== null) {
    const k = classes.indexOf(arg);
    if (k < 0) return () => null;
    return (s, m) => recall(sums.models[m].tp[s * K + k], sums.trueWeight[s * K + k]);
  }
  return null;
}

// src/report/distribution.ts
var DISTRIBUTION_BINS = 20;
function count(scores, lo, span, bins) {
  const counts = new Float64Array(bins);
  for (let i = 0; i < scores.length; i++) {
    const x = scores[i];
    if (!Number.isFinite(x)) continue;
    let b = Math.floor((x - lo) * bins / span);
    if (b >= bins) b = bins - 1;
    if (b < 0) b = 0;
    counts[b]++;
  }
  return Array.from(counts);
}
function scoreDistribution(baseline, candidate, task, bins = DISTRIBUTION_BINS) {
  if (task === "multiclass") return null;
  let lo = 0;
  let hi = 1;
  if (task === "regression") {
    lo = Infinity;
    hi = -Infinity;
    for (const col2 of [baseline, candidate]) {
      for (let i = 0; i < col2.length; i++) {
        const x = col2[i];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
    if (hi === lo) {
      lo -= 0.5;
      hi += 0.5;
    }
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => i === bins ? hi : lo + i * (hi - lo) / bins);
  return {
    kind: task === "binary" ? "probability" : "prediction",
    edges,
    baseline: count(baseline, lo, hi - lo, bins),
    candidate: count(candidate, lo, hi - lo, bins)
  };
}

// src/segments/segment.ts
function segmentId(keys) {
  if (keys.length === 0) return "overall";
  return keys.map(([c, v]) => `${c}=${v}`).join("&");
}
function buildSegmentation(n, columns, cross) {
  const segments = [{ id: "overall", keys: [] }];
  const dimensions = [{ name: "overall", rowSegment: new Int32Array(n) }];
  const byName = new Map(columns.map((c) => [c.name, c]));
  for (const col2 of columns) {
    const first = segments.length;
    const order = col2.values.map((_, code) => code).sort((a, b) => compareText(col2.values[a], col2.values[b]));
    const codeToSegment = new Int32Array(col2.values.length);
    order.forEach((code, i) => {
      codeToSegment[code] = first + i;
      segments.push({ id: segmentId([[col2.name, col2.values[code]]]), keys: [[col2.name, col2.values[code]]] });
    });
    const rowSegment = new Int32Array(n);
    const codes = col2.codes;
    for (let r = 0; r < n; r++) rowSegment[r] = codeToSegment[codes[r]];
    dimensions.push({ name: col2.name, rowSegment });
  }
  for (const names of cross) {
    const cols = names.map((name2) => {
      const c = byName.get(name2);
      if (!c) throw new Error(`cross names unknown segment column ${name2}`);
      return c;
    });
    const radix = [];
    let mult = 1;
    for (const c of cols) {
      radix.push(mult);
      mult *= Math.max(1, c.values.length);
    }
    if (mult > Number.MAX_SAFE_INTEGER) throw new Error(`cross ${names.join("&")} has too many combinations`);
    const rowKey = new Float64Array(n);
    const combos = /* @__PURE__ */ new Map();
    for (let r = 0; r < n; r++) {
      let key = 0;
      for (let k = 0; k < cols.length; k++) key += cols[k].codes[r] * radix[k];
      rowKey[r] = key;
      if (!combos.has(key)) combos.set(key, cols.map((c) => c.codes[r]));
    }
    const sorted = [...combos.entries()].sort((a, b) => {
      for (let k = 0; k < cols.length; k++) {
        const d = compareText(cols[k].values[a[1][k]], cols[k].values[b[1][k]]);
        if (d !== 0) return d;
      }
      return 0;
    });
    const keyToSegment = /* @__PURE__ */ new Map();
    for (const [key, codes] of sorted) {
      const keys = cols.map((c, k) => [c.name, c.values[codes[k]]]);
      keyToSegment.set(key, segments.length);
      segments.push({ id: segmentId(keys), keys });
    }
    const rowSegment = new Int32Array(n);
    for (let r = 0; r < n; r++) rowSegment[r] = keyToSegment.get(rowKey[r]);
    dimensions.push({ name: names.join("&"), rowSegment });
  }
  return { segments, dimensions };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/stats/binomial.ts
function stirlingTail(k) {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}
var STIRLING_TAIL = [
  0.0810614667953272,
  0.0413406959554092,
  0.0276779256849983,
  0.02079067210376509,
  0.0166446911898211,
  0.0138761288230707,
  0.0118967099458917,
  0.010411265261972,
  0.00925546218271273,
  0.00833056343336287
];
function inversion(n, p, rng) {
  const logQ = Math.log1p(-p);
  let sum = 0;
  let k = 0;
  for (; ; ) {
    sum += Math.ceil(Math.log(rng.uniform()) / logQ);
    if (sum > n) return k;
    k++;
  }
}
function btrs(n, p, rng) {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  for (; ; ) {
    const u = rng.uniform() - 0.5;
    let v = rng.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || k > n) continue;
    v = Math.log(v * alpha / (a / (us * us) + b));
    const bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) + (n + 1) * Math.log((n - m + 1) / (n - k + 1)) + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1)) + stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
    if (v <= bound) return k;
  }
}
function binomial(n, p, rng) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  return n * p < 10 ? inversion(n, p, rng) : btrs(n, p, rng);
}
function multinomial(counts, n, rng, out) {
  let massLeft = 0;
  for (let i = 0; i < counts.length; i++) massLeft += counts[i];
  let left = n;
  for (let i = 0; i < counts.length; i++) {
    const ci = counts[i];
    if (left === 0 || ci === 0) {
      out[i] = 0;
      continue;
    }
    const x = ci >= massLeft ? left : binomial(left, ci / massLeft, rng);
    out[i] = x;
    left -= x;
    massLeft -= ci;
  }
}

// src/stats/decisionBootstrap.ts
var TableSummary = class {
  K;
  total = 0;
  /** Weight and rows labelled as each class. */
  trueW;
  trueCount;
  /** Per model: weight decided correctly per class, weight and rows decided as each class. */
  tp;
  predW;
  predCount;
  /** Binary only: each model's confusion matrix (reused, not reallocated). */
  confusion = [
    { tp: 0, fp: 0, tn: 0, fn: 0 },
    { tp: 0, fp: 0, tn: 0, fn: 0 }
  ];
  constructor(K) {
    this.K = K;
    const z = () => new Float64Array(K);
    this.trueW = z();
    this.trueCount = z();
    this.tp = [z(), z()];
    this.predW = [z(), z()];
    this.predCount = [z(), z()];
  }
  /**
   * Fills the summary from table cells `keys[i]` (index `(y*K + b)*K + c`) with
   * `counts[i]` rows weighing `weights[i]` in all.
   */
  fill(keys, counts, weights2) {
    const K = this.K;
    this.trueW.fill(0);
    this.trueCount.fill(0);
    for (let m = 0; m < 2; m++) {
      this.tp[m].fill(0);
      this.predW[m].fill(0);
      this.predCount[m].fill(0);
    }
    let total = 0;
    const [tpB, tpC] = this.tp;
    const [pwB, pwC] = this.predW;
    const [pcB, pcC] = this.predCount;
    const KK = K * K;
    for (let i = 0; i < keys.length; i++) {
      const x = counts[i];
      if (x === 0) continue;
      const w = weights2[i];
      const key = keys[i];
      const y = key / KK | 0;
      const rest = key - y * KK;
      const b = rest / K | 0;
      const c = rest - b * K;
      total += w;
      this.trueW[y] += w;
      this.trueCount[y] += x;
      pwB[b] += w;
      pcB[b] += x;
      pwC[c] += w;
      pcC[c] += x;
      if (b === y) tpB[b] += w;
      if (c === y) tpC[c] += w;
    }
    this.total = total;
    if (K === 2) {
      for (let m = 0; m < 2; m++) {
        const cm = this.confusion[m];
        const tp = this.tp[m];
        cm.tp = tp[1];
        cm.tn = tp[0];
        cm.fp = this.predW[m][1] - tp[1];
        cm.fn = this.trueW[1] - tp[1];
      }
    }
  }
  /** Weight decided correctly by model m. */
  correct(m) {
    let s = 0;
    for (let k = 0; k < this.K; k++) s += this.tp[m][k];
    return s;
  }
};
function decisionMetric(name2, task, classes, costs) {
  if (task === "binary") {
    switch (name2) {
      case "accuracy":
        return (t, m) => accuracy(t.tp[m][0] + t.tp[m][1], t.total);
      case "precision":
        return (t, m) => precision(t.confusion[m]);
      case "recall":
        return (t, m) => recall(t.tp[m][1], t.trueW[1]);
      case "f1":
        return (t, m) => f1(t.confusion[m]);
      case "fpr":
        return (t, m) => fpr(t.confusion[m]);
      case "positive_rate":
        return (t, m) => positiveRate(t.confusion[m]);
      case "expected_cost": {
        const c = costs ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
        return (t, m) => expectedCost(t.confusion[m], c);
      }
      default:
        return null;
    }
  }
  const K = classes.length;
  if (name2 === "accuracy") return (t, m) => accuracy(t.correct(m), t.total);
  if (name2 === "macro_recall") return (t, m) => macroRecall(t.tp[m], t.trueW, t.trueCount, t.predCount[m], 0, K);
  if (name2 === "macro_f1") return (t, m) => macroF1(t.tp[m], t.trueW, t.predW[m], t.trueCount, t.predCount[m], 0, K);
  const rc = /^recall\[(.+)\]$/.exec(name2);
  if (rc) {
    const k = classes.indexOf(rc[1]);
    if (k < 0) return () => null;
    return (t, m) => recall(t.tp[m][k], t.trueW[k]);
  }
  return null;
}
function bootstrapDecisionTable(counts, weights2, K, metrics, resamples, rng, confidence) {
  const keysList = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) keysList.push(i);
  const keys = Int32Array.from(keysList);
  const observed = Float64Array.from(keysList, (i) => counts[i]);
  const meanWeight = Float64Array.from(keysList, (i) => weights2[i] / counts[i]);
  let n = 0;
  for (const c of observed) n += c;
  const M = metrics.length;
  const deltas = metrics.map(() => new Float64Array(resamples));
  const valid = new Int32Array(M);
  const draw = new Float64Array(keys.length);
  const drawWeight = new Float64Array(keys.length);
  const summary = new TableSummary(K);
  for (let r = 0; r < resamples; r++) {
    multinomial(observed, n, rng, draw);
    for (let i = 0; i < draw.length; i++) drawWeight[i] = draw[i] * meanWeight[i];
    summary.fill(keys, draw, drawWeight);
    for (let j = 0; j < M; j++) {
      const b = metrics[j](summary, 0);
      const c = metrics[j](summary, 1);
      if (b === null || c === null || Number.isNaN(b) || Number.isNaN(c)) continue;
      deltas[j][valid[j]++] = c - b;
    }
  }
  return deltas.map((all, j) => {
    const v = valid[j];
    if (v < 2 || v < resamples / 2) return null;
    return { ...bootstrapSpread(all.subarray(0, v).sort(), confidence), df: Infinity, method: "bootstrap" };
  });
}

// src/stats/rankingWalk.ts
var DELONG = {
  POS: 0,
  NEG: 4,
  /** sum of w * D (= weight x the AUC change) */
  W_D: 0,
  /** sum of w^2 */
  W2: 1,
  /** sum of w^2 (D - shift) */
  W2_D: 2,
  /** sum of w^2 (D - shift)^2 */
  W2_D2: 3,
  STRIDE: 8
};
function rankingWalk(input) {
  const { label, weight, cells, segments: S, jackknife } = input;
  const n = label.length;
  if (input.orderB.rows.length !== n || input.orderC.rows.length !== n) throw new Error(`rankingWalk: orders of ${input.orderB.rows.length} and ${input.orderC.rows.length} rows for ${n}`);
  const D2 = cells.dims;
  const cellOf = cells.ofRow;
  const segOf = cells.segmentOf;
  const G = jackknife?.groups ?? 0;
  const group = jackknife?.group ?? null;
  const posW = new Float64Array(S);
  const negW = new Float64Array(S);
  const posN = new Float64Array(S);
  const negN = new Float64Array(S);
  const groupPosW = jackknife ? new Float64Array(S * G) : null;
  const groupNegW = jackknife ? new Float64Array(S * G) : null;
  {
    const C3 = cells.count;
    const cPosW = new Float64Array(C3);
    const cNegW = new Float64Array(C3);
    const cPosN = new Float64Array(C3);
    const cNegN = new Float64Array(C3);
    const cgPos = jackknife ? new Float64Array(C3 * G) : null;
    const cgNeg = jackknife ? new Float64Array(C3 * G) : null;
    for (let r = 0; r < n; r++) {
      const c = cellOf[r];
      const w = weight === null ? 1 : weight[r];
      if (label[r] === 1) {
        cPosW[c] += w;
        cPosN[c] += 1;
        if (cgPos) cgPos[c * G + group[r]] += w;
      } else {
        cNegW[c] += w;
        cNegN[c] += 1;
        if (cgNeg) cgNeg[c * G + group[r]] += w;
      }
    }
    for (let c = 0; c < C3; c++) {
      for (let d = 0; d < D2; d++) {
        const s = segOf[c * D2 + d];
        posW[s] += cPosW[c];
        negW[s] += cNegW[c];
        posN[s] += cPosN[c];
        negN[s] += cNegN[c];
        if (cgPos && cgNeg && groupPosW && groupNegW) {
          for (let g = 0; g < G; g++) {
            groupPosW[s * G + g] += cgPos[c * G + g];
            groupNegW[s * G + g] += cgNeg[c * G + g];
          }
        }
      }
    }
  }
  const delong = input.delong ? new Float64Array(S * DELONG.STRIDE) : null;
  const v0 = input.delong ? new Float32Array(n * D2) : null;
  const apSteps = [new Float64Array(S), new Float64Array(S)];
  const apStepsWithout = jackknife ? [new Float64Array(S * G), new Float64Array(S * G)] : null;
  const shift = input.shift;
  const posAbove = new Float64Array(S);
  const negAbove = new Float64Array(S);
  const tPos = new Float64Array(S);
  const tNeg = new Float64Array(S);
  const segTouched = new Uint8Array(S);
  const touchedSegs = new Int32Array(S);
  const gPosAbove = jackknife ? new Float64Array(S * G) : null;
  const gNegAbove = jackknife ? new Float64Array(S * G) : null;
  const tgPos = jackknife ? new Float64Array(S * G) : null;
  const tgNeg = jackknife ? new Float64Array(S * G) : null;
  const sgTouched = jackknife ? new Uint8Array(S * G) : null;
  let touchedSG = jackknife ? new Int32Array(1024) : null;
  let basePos = null;
  for (let m = 0; m < 2; m = m + 1) {
    const { rows, tied, cellLabel, weight: wts } = m === 0 ? input.orderB : input.orderC;
    posAbove.fill(0);
    negAbove.fill(0);
    gPosAbove?.fill(0);
    gNegAbove?.fill(0);
    const ap = apSteps[m];
    const apG = apStepsWithout ? apStepsWithout[m] : null;
    let end2 = n - 1;
    while (end2 >= 0) {
      if (tied[end2] === 0) {
        const a = cellLabel[end2];
        const slot = m === 0 ? end2 : basePos === null ? 0 : basePos[rows[end2]];
        const c = a >> 1;
        const y = (a & 1) === 1;
        const w = wts === null ? 1 : wts[end2];
        const g = group === null ? 0 : group[rows[end2]];
        for (let d = 0; d < D2; d++) {
          const s = segOf[c * D2 + d];
          const pa = posAbove[s];
          const na = negAbove[s];
          if (y) {
            const tp = pa + w;
            ap[s] += w * tp / (tp + na);
            if (apG && gPosAbove && gNegAbove) {
              const base = s * G;
              const own = base + g;
              for (let q = base; q < base + G; q++) {
                if (q === own) continue;
                const tpg = tp - gPosAbove[q];
                apG[q] += w * tpg / (tpg + na - gNegAbove[q]);
              }
              gPosAbove[own] += w;
            }
            posAbove[s] = tp;
            if (delong) {
              const v = Math.fround(negW[s] > 0 ? (negW[s] - na) / negW[s] : 0);
              const i = slot * D2 + d;
              if (m === 0) v0[i] = v;
              else {
                const dv = v - v0[i];
                const x = dv - shift[s];
                const o = s * DELONG.STRIDE + DELONG.POS;
                delong[o] += w * dv;
                delong[o + 1] += w * w;
                delong[o + 2] += w * w * x;
                delong[o + 3] += w * w * x * x;
              }
            }
          } else {
            negAbove[s] = na + w;
            if (gNegAbove) gNegAbove[s * G + g] += w;
            if (delong) {
              const v = Math.fround(posW[s] > 0 ? pa / posW[s] : 0);
              const i = slot * D2 + d;
              if (m === 0) v0[i] = v;
              else {
                const dv = v - v0[i];
                const x = dv - shift[s];
                const o = s * DELONG.STRIDE + DELONG.NEG;
                delong[o] += w * dv;
                delong[o + 1] += w * w;
                delong[o + 2] += w * w * x;
                delong[o + 3] += w * w * x * x;
              }
            }
          }
        }
        end2--;
        continue;
      }
      let start = end2;
      while (tied[start] === 1) start--;
      let nSegs = 0;
      let nSG = 0;
      for (let k = start; k <= end2; k++) {
        const a = cellLabel[k];
        const c = a >> 1;
        const y = (a & 1) === 1;
        const w = wts === null ? 1 : wts[k];
        const g = group === null ? 0 : group[rows[k]];
        for (let d = 0; d < D2; d++) {
          const s = segOf[c * D2 + d];
          if (segTouched[s] === 0) {
            segTouched[s] = 1;
            touchedSegs[nSegs++] = s;
          }
          if (y) tPos[s] += w;
          else tNeg[s] += w;
          if (sgTouched && tgPos && tgNeg) {
            const q = s * G + g;
            if (sgTouched[q] === 0) {
              sgTouched[q] = 1;
              if (nSG === touchedSG.length) {
                const bigger = new Int32Array(2 * nSG);
                bigger.set(touchedSG);
                touchedSG = bigger;
              }
              touchedSG[nSG++] = q;
            }
            if (y) tgPos[q] += w;
            else tgNeg[q] += w;
          }
        }
      }
      if (delong) {
        for (let k = start; k <= end2; k++) {
          const a = cellLabel[k];
          const slot = m === 0 ? k : basePos === null ? 0 : basePos[rows[k]];
          const c = a >> 1;
          const y = (a & 1) === 1;
          const w = wts === null ? 1 : wts[k];
          for (let d = 0; d < D2; d++) {
            const s = segOf[c * D2 + d];
            let v;
            if (y) {
              const nw = negW[s];
              v = nw > 0 ? (nw - negAbove[s] - 0.5 * tNeg[s]) / nw : 0;
            } else {
              const pw = posW[s];
              v = pw > 0 ? (posAbove[s] + 0.5 * tPos[s]) / pw : 0;
            }
            const i = slot * D2 + d;
            if (m === 0) v0[i] = Math.fround(v);
            else {
              const dv = Math.fround(v) - v0[i];
              const x = dv - shift[s];
              const o = s * DELONG.STRIDE + (y ? DELONG.POS : DELONG.NEG);
              delong[o] += w * dv;
              delong[o + 1] += w * w;
              delong[o + 2] += w * w * x;
              delong[o + 3] += w * w * x * x;
            }
          }
        }
      }
      for (let t = 0; t < nSegs; t++) {
        const s = touchedSegs[t];
        const dp = tPos[s];
        if (dp > 0) {
          const tp = posAbove[s] + dp;
          const fp = negAbove[s] + tNeg[s];
          ap[s] += dp * tp / (tp + fp);
          if (apG && gPosAbove && gNegAbove && tgPos && tgNeg) {
            const base = s * G;
            for (let g = 0; g < G; g++) {
              const q = base + g;
              const dtp = dp - tgPos[q];
              if (dtp > 0) {
                const tpg = tp - gPosAbove[q] - tgPos[q];
                const fpg = fp - gNegAbove[q] - tgNeg[q];
                apG[q] += dtp * tpg / (tpg + fpg);
              }
            }
          }
        }
        posAbove[s] += dp;
        negAbove[s] += tNeg[s];
        tPos[s] = 0;
        tNeg[s] = 0;
        segTouched[s] = 0;
      }
      if (sgTouched && tgPos && tgNeg && gPosAbove && gNegAbove) {
        for (let t = 0; t < nSG; t++) {
          const q = touchedSG[t];
          gPosAbove[q] += tgPos[q];
          gNegAbove[q] += tgNeg[q];
          tgPos[q] = 0;
          tgNeg[q] = 0;
          sgTouched[q] = 0;
        }
      }
      end2 = start - 1;
    }
    if (m === 0 && delong) {
      basePos = new Int32Array(n);
      for (let k = 0; k < n; k++) basePos[rows[k]] = k;
    }
  }
  return { posW, negW, posN, negN, delong, apSteps, groupPosW, groupNegW, apStepsWithout };
}

// src/stats/delong.ts
function delongVariance(walk2, s, shift) {
  const sums = walk2.delong;
  if (!sums) return null;
  let v = 0;
  for (const [side2, w, count2] of [
    [DELONG.POS, walk2.posW[s], walk2.posN[s]],
    [DELONG.NEG, walk2.negW[s], walk2.negN[s]]
  ]) {
    if (!(w > 0) || count2 < 2) return null;
    const o = s * DELONG.STRIDE + side2;
    const mean = sums[o + DELONG.W_D] / w;
    const k = mean - shift;
    const ss = sums[o + DELONG.W2_D2] - 2 * k * sums[o + DELONG.W2_D] + k * k * sums[o + DELONG.W2];
    v += Math.max(0, ss) / (w * w) * (count2 / (count2 - 1));
  }
  return v;
}
function delongEstimate(walk2, s, shift, delta, confidence) {
  const v = delongVariance(walk2, s, shift);
  if (v === null) return null;
  const se = Math.sqrt(v);
  return { ci: symmetricInterval(delta, se, Infinity, confidence), se, df: Infinity, method: "delong" };
}

// src/stats/eceJackknife.ts
var WIDTH = 1 + 2 * ECE_BINS;
function eceGroupSums(scoreB, scoreC, label, weight, group, groups, cells, segments) {
  const width = groups * WIDTH;
  const acc = new Float64Array(cells.count * width);
  const cellOf = cells.ofRow;
  for (let r = 0; r < label.length; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const o = cellOf[r] * width + group[r] * WIDTH;
    acc[o] += w;
    acc[o + 1 + eceBin(scoreB[r])] += w * (y - scoreB[r]);
    acc[o + 1 + ECE_BINS + eceBin(scoreC[r])] += w * (y - scoreC[r]);
  }
  return { groups, sums: foldCells(acc, width, cells, segments) };
}
function eceChangeWithout(e, s) {
  const G = e.groups;
  const base = s * G * WIDTH;
  const total = new Float64Array(WIDTH);
  for (let g = 0; g < G; g++) for (let k = 0; k < WIDTH; k++) total[k] += e.sums[base + g * WIDTH + k];
  const out = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    const o = base + g * WIDTH;
    const w = total[0] - e.sums[o];
    if (!(w > 1e-12 * total[0])) {
      out[g] = NaN;
      continue;
    }
    let eb = 0;
    let ec = 0;
    for (let b = 0; b < ECE_BINS; b++) {
      eb += Math.abs(total[1 + b] - e.sums[o + 1 + b]);
      ec += Math.abs(total[1 + ECE_BINS + b] - e.sums[o + 1 + ECE_BINS + b]);
    }
    out[g] = (ec - eb) / w;
  }
  return out;
}

// src/stats/random.ts
function hashString(s) {
  let h2 = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h2 ^= s.charCodeAt(i);
    h2 = Math.imul(h2, 16777619);
  }
  return mix32(h2);
}
function mix32(x) {
  let h2 = x | 0;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 2246822507);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 3266489909);
  h2 ^= h2 >>> 16;
  return h2 >>> 0;
}
var Random = class {
  /**
   * The generator's state, public so a hot loop can step it inline (see `next32`; the
   * Poisson bootstrap does, in quantileBootstrap.ts). Never all 0.
   */
  s0;
  s1;
  s2;
  s3;
  constructor(key) {
    let x = typeof key === "number" ? key >>> 0 : hashString(key);
    const next = () => {
      x = x + 2654435769 | 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return (z ^ z >>> 16) >>> 0;
    };
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** The next 32 random bits as an unsigned integer. */
  next32() {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }
  /** A uniform double in the open interval (0, 1), 53 random bits. */
  uniform() {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b + 0.5) / 9007199254740992;
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

// src/stats/jackknife.ts
var JACKKNIFE_GROUPS = 50;
function jackknifeGroups(n, seed, groups = JACKKNIFE_GROUPS) {
  const out = new Uint8Array(n);
  const s = mix32(seed ^ 1779033703);
  for (let r = 0; r < n; r++) out[r] = mix32(Math.imul(r, 2654435769) ^ s) % groups;
  return out;
}
function jackknifeEstimate(thetaMinus, delta, confidence) {
  let k = 0;
  let mean = 0;
  for (let g = 0; g < thetaMinus.length; g++) {
    const t = thetaMinus[g];
    if (Number.isNaN(t)) continue;
    k++;
    mean += t;
  }
  if (k < 2) return null;
  mean /= k;
  let ss = 0;
  for (let g = 0; g < thetaMinus.length; g++) {
    const t = thetaMinus[g];
    if (!Number.isNaN(t)) ss += (t - mean) * (t - mean);
  }
  const se = Math.sqrt((k - 1) / k * ss);
  const df = k - 1;
  return { ci: symmetricInterval(delta, se, df, confidence), se, df, method: "jackknife" };
}

// src/stats/jointTable.ts
var JOINT_TABLE_LIMIT = 1 << 24;
function jointTables(label, decisionB, decisionC, weight, K, cells, segments) {
  const T = K * K * K;
  if (T * Math.max(cells.count, segments) * 2 > JOINT_TABLE_LIMIT) return null;
  const W = 2 * T;
  const acc = new Float64Array(cells.count * W);
  const cellOf = cells.ofRow;
  const n = label.length;
  for (let r = 0; r < n; r++) {
    const key = (label[r] * K + decisionB[r]) * K + decisionC[r];
    if (!(key >= 0 && key < T)) throw new Error(`jointTables: row ${r} has label/decisions outside [0, ${K})`);
    const o = cellOf[r] * W + 2 * key;
    acc[o] += 1;
    acc[o + 1] += weight === null ? 1 : weight[r];
  }
  const folded2 = foldCells(acc, W, cells, segments);
  const counts = new Float64Array(segments * T);
  const weights2 = new Float64Array(segments * T);
  for (let i = 0; i < segments * T; i++) {
    counts[i] = folded2[2 * i];
    weights2[i] = folded2[2 * i + 1];
  }
  return { K, counts, weights: weights2 };
}

// src/stats/pairedMean.ts
function pairedMoments(tB, tC, weight, cells, segments) {
  const n = tB.length;
  const cellOf = cells.ofRow;
  const acc = new Float64Array(cells.count * 5);
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const o = cellOf[r] * 5;
    const hasB = b === b;
    const hasC = c === c;
    if (hasB) {
      acc[o] += w;
      acc[o + 1] += w * b;
    }
    if (hasC) {
      acc[o + 2] += w;
      acc[o + 3] += w * c;
    }
    if (hasB || hasC) acc[o + 4] += 1;
  }
  const seg = foldCells(acc, 5, cells, segments);
  const S = segments;
  const muB = new Float64Array(S);
  const muC = new Float64Array(S);
  const rows = new Float64Array(S);
  const invB = new Float64Array(S);
  const invC = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const wB = seg[s * 5];
    const wC = seg[s * 5 + 2];
    muB[s] = wB > 0 ? seg[s * 5 + 1] / wB : NaN;
    muC[s] = wC > 0 ? seg[s * 5 + 3] / wC : NaN;
    invB[s] = wB > 0 ? 1 / wB : 0;
    invC[s] = wC > 0 ? 1 / wC : 0;
    rows[s] = seg[s * 5 + 4];
  }
  const sBB = new Float64Array(S);
  const sCC = new Float64Array(S);
  const sBC = new Float64Array(S);
  const D2 = cells.dims;
  const segOf = cells.segmentOf;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const hasB = b === b;
    const hasC = c === c;
    const cell = cellOf[r];
    for (let d = 0; d < D2; d++) {
      const s = segOf[cell * D2 + d];
      const pb = hasB ? w * (b - muB[s]) * invB[s] : 0;
      const pc = hasC ? w * (c - muC[s]) * invC[s] : 0;
      sBB[s] += pb * pb;
      sCC[s] += pc * pc;
      sBC[s] += pb * pc;
    }
  }
  return { muB, muC, n: rows, sBB, sCC, sBC };
}
function pairedVariance(m, s, aB, aC) {
  const n = m.n[s];
  if (n < 2) return null;
  const v = aC * aC * m.sCC[s] + aB * aB * m.sBB[s] - 2 * aB * aC * m.sBC[s];
  return Math.max(0, v) * n / (n - 1);
}
function pairedMeanEstimate(m, s, delta, confidence, aB = 1, aC = 1) {
  const v = pairedVariance(m, s, aB, aC);
  if (v === null) return null;
  const se = Math.sqrt(v);
  const df = m.n[s] - 1;
  return { ci: symmetricInterval(delta, se, df, confidence), se, df, method: "paired-mean" };
}

// src/stats/paired.ts
var MEAN_TERMS = /* @__PURE__ */ new Set(["log_loss", "brier", "mae", "mape", "bias", "rmse"]);
function estimateChanges(data, segmentation, measured, config, rows = new RowCache(data, segmentation)) {
  rows.assertFor(data, segmentation, "estimateChanges");
  const S = segmentation.segments.length;
  const { confidence, seed, resamples } = config.statistics;
  const out = segmentation.segments.map(() => /* @__PURE__ */ new Map());
  if (data.n === 0) return out;
  const judged = measured.map((m, s) => s === 0 || m.n >= config.segments.minSamples);
  const cells = rows.cells;
  const task = config.task;
  const names = Object.keys(config.metrics);
  const delta = (s, name2) => {
    const v = measured[s].values[name2];
    return v && v.baseline !== null && v.candidate !== null ? v.candidate - v.baseline : null;
  };
  const put = (s, name2, e, seWorsening = e?.se ?? 0) => {
    if (e && Number.isFinite(e.se) && Number.isFinite(e.ci[0]) && Number.isFinite(e.ci[1])) out[s].set(name2, { ...e, seWorsening });
  };
  if (task !== "regression") {
    const decision = [];
    for (const name2 of names) {
      const f = decisionMetric(name2, task, data.classes, config.metrics[name2].costs);
      if (f) decision.push({ name: name2, f });
    }
    const K = task === "binary" ? 2 : data.classes.length;
    const tables = decision.length > 0 ? jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, K, cells, S) : null;
    if (tables) {
      const T = K * K * K;
      for (let s = 0; s < S; s++) {
        if (!judged[s]) continue;
        const rng = new Random(`${seed}|decision|${segmentation.segments[s].id}`);
        const ests = bootstrapDecisionTable(
          tables.counts.subarray(s * T, (s + 1) * T),
          tables.weights.subarray(s * T, (s + 1) * T),
          K,
          decision.map((d) => d.f),
          resamples,
          rng,
          confidence
        );
        decision.forEach((d, j) => put(s, d.name, ests[j]));
      }
    }
  }
  const wantAuc = task === "binary" && names.includes("auc");
  const wantAp = task === "binary" && names.includes("pr_auc");
  const wantEce = task === "binary" && names.includes("ece");
  const groups = wantAp || wantEce ? jackknifeGroups(data.n, seed) : null;
  if (wantAuc || wantAp) {
    const shift = new Float64Array(S);
    if (wantAuc) for (let s = 0; s < S; s++) shift[s] = delta(s, "auc") ?? 0;
    const walk2 = rankingWalk({
      orderB: rows.scoreOrder(0),
      orderC: rows.scoreOrder(1),
      label: data.label,
      weight: data.weight,
      cells,
      segments: S,
      delong: wantAuc,
      shift,
      jackknife: wantAp ? { group: groups, groups: JACKKNIFE_GROUPS } : null
    });
    for (let s = 0; s < S; s++) {
      if (!judged[s]) continue;
      const dAuc = delta(s, "auc");
      if (wantAuc && dAuc !== null) put(s, "auc", delongEstimate(walk2, s, shift[s], dAuc, confidence));
      const dAp = delta(s, "pr_auc");
      if (wantAp && dAp !== null && walk2.apStepsWithout && walk2.groupPosW && walk2.groupNegW) {
        const G = JACKKNIFE_GROUPS;
        const theta = new Float64Array(G);
        for (let g = 0; g < G; g++) {
          const q = s * G + g;
          const pos = walk2.posW[s] - walk2.groupPosW[q];
          const neg = walk2.negW[s] - walk2.groupNegW[q];
          theta[g] = pos > 0 && neg > 0 ? (walk2.apStepsWithout[1][q] - walk2.apStepsWithout[0][q]) / pos : NaN;
        }
        put(s, "pr_auc", jackknifeEstimate(theta, dAp, confidence));
      }
    }
  }
  if (wantEce) {
    const e = eceGroupSums(data.baseline.score, data.candidate.score, data.label, data.weight, groups, JACKKNIFE_GROUPS, cells, S);
    for (let s = 0; s < S; s++) {
      const d = delta(s, "ece");
      if (judged[s] && d !== null) put(s, "ece", jackknifeEstimate(eceChangeWithout(e, s), d, confidence));
    }
  }
  let bufB = null;
  let bufC = null;
  for (const name2 of names) {
    const { base, arg } = splitMetricName(name2);
    let moments = null;
    if (base === "mean" && arg !== null) {
      const col2 = data.numeric[arg];
      if (col2) moments = pairedMoments(col2.baseline, col2.candidate, data.weight, cells, S);
    } else if (MEAN_TERMS.has(name2) && termApplies(name2, task)) {
      bufB ??= new Float64Array(data.n);
      bufC ??= new Float64Array(data.n);
      fillTerms(name2, data, bufB, bufC);
      moments = pairedMoments(bufB, bufC, data.weight, cells, S);
    }
    if (!moments) continue;
    for (let s = 0; s < S; s++) {
      const d = delta(s, name2);
      if (!judged[s] || d === null) continue;
      if (name2 === "rmse") {
        const a = (mu) => mu > 0 ? 1 / (2 * Math.sqrt(mu)) : 0;
        put(s, name2, pairedMeanEstimate(moments, s, d, confidence, a(moments.muB[s]), a(moments.muC[s])));
      } else if (name2 === "bias") {
        const sign2 = (mu) => mu < 0 ? -1 : 1;
        const e = pairedMeanEstimate(moments, s, d, confidence);
        const vw = pairedVariance(moments, s, sign2(moments.muB[s]), sign2(moments.muC[s]));
        if (e && vw !== null) put(s, name2, e, Math.sqrt(vw));
      } else put(s, name2, pairedMeanEstimate(moments, s, d, confidence));
    }
  }
  return out;
}
function termApplies(name2, task) {
  return task === "binary" ? name2 === "log_loss" || name2 === "brier" : task === "regression" && name2 !== "log_loss" && name2 !== "brier";
}
function fillTerms(name2, data, tB, tC) {
  const y = data.label;
  const pB = data.baseline.score;
  const pC = data.candidate.score;
  const n = data.n;
  switch (name2) {
    case "log_loss":
      for (let r = 0; r < n; r++) {
        tB[r] = logLossTerm(y[r], pB[r]);
        tC[r] = logLossTerm(y[r], pC[r]);
      }
      return;
    case "brier":
      for (let r = 0; r < n; r++) {
        tB[r] = brierTerm(y[r], pB[r]);
        tC[r] = brierTerm(y[r], pC[r]);
      }
      return;
    case "mae":
      for (let r = 0; r < n; r++) {
        tB[r] = Math.abs(pB[r] - y[r]);
        tC[r] = Math.abs(pC[r] - y[r]);
      }
      return;
    case "rmse":
      for (let r = 0; r < n; r++) {
        tB[r] = (pB[r] - y[r]) ** 2;
        tC[r] = (pC[r] - y[r]) ** 2;
      }
      return;
    case "mape":
      for (let r = 0; r < n; r++) {
        tB[r] = apeTerm(y[r], pB[r]);
        tC[r] = apeTerm(y[r], pC[r]);
      }
      return;
    case "bias":
      for (let r = 0; r < n; r++) {
        tB[r] = pB[r] - y[r];
        tC[r] = pC[r] - y[r];
      }
      return;
    default:
      throw new Error(`fillTerms: ${name2} is not a mean metric`);
  }
}
function buildChangeTester(data, segmentation, measured, config, rows = new RowCache(data, segmentation)) {
  const estimates = estimateChanges(data, segmentation, measured, config, rows);
  return ({ segment, metric, direction, margin }) => {
    const e = estimates[segment]?.get(metric);
    const v = measured[segment]?.values[metric];
    if (!e || !v || v.baseline === null || v.candidate === null) return null;
    const w = worsening(metric, direction, v.baseline, v.candidate);
    return { ci: e.ci, p_value: oneSidedP(w, margin, e.seWorsening, e.df), detectable: null, se: e.seWorsening };
  };
}

// src/stats/poisson.ts
var POISSON1_U32 = (() => {
  const out = [];
  let term = Math.exp(-1);
  let sum = 0;
  for (let k = 0; k < 20; k++) {
    sum += term;
    out.push(Math.min(4294967296, Math.floor(sum * 4294967296)));
    term /= k + 1;
  }
  out[out.length - 1] = 4294967296;
  return Float64Array.from(out);
})();
var POISSON1_SHIFT = 20;
var POISSON1_TABLE = (() => {
  const size = 1 << 32 - POISSON1_SHIFT;
  const out = new Uint8Array(size);
  for (let b = 0; b < size; b++) {
    const lo = b * 2 ** POISSON1_SHIFT;
    const hi = (b + 1) * 2 ** POISSON1_SHIFT;
    let k = 0;
    while (lo >= POISSON1_U32[k]) k++;
    out[b] = hi <= POISSON1_U32[k] ? k : 255;
  }
  return out;
})();
var LOG_FACTORIAL_SMALL = (() => {
  const out = new Float64Array(16);
  for (let k = 1; k < 16; k++) out[k] = out[k - 1] + Math.log(k);
  return out;
})();
function logFactorial(k) {
  if (k < 16) return LOG_FACTORIAL_SMALL[k];
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}
function poisson(lambda, rng) {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    const x = rng.uniform();
    while (x >= cdf && k < 1e3) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (; ; ) {
    const U = rng.uniform() - 0.5;
    const V = rng.uniform();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor((2 * a / us + b) * U + lambda + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || us < 0.013 && V > us) continue;
    if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}

// src/stats/quantileBootstrap.ts
function pairedQuantileBootstrap(x, opts) {
  const m = x.a.length;
  if (x.b.length !== m || x.orderA.length !== m || x.orderB.length !== m) throw new Error("pairedQuantileBootstrap: arrays of different lengths");
  const { p, resamples, rng } = opts;
  const out = new Float64Array(resamples);
  if (m === 0) return out.fill(NaN);
  const { lo, hi } = quantileBand(m, p, opts.bandSd ?? 1);
  const where = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    where[x.orderA[k]] |= k < lo ? A_BELOW : k > hi ? A_ABOVE : A_IN;
    where[x.orderB[k]] |= k < lo ? B_BELOW : k > hi ? B_ABOVE : B_IN;
  }
  const uPos = new Int32Array(m);
  const groupSize = new Float64Array(4);
  let U = 0;
  for (let i = 0; i < m; i++) {
    const f = where[i];
    if (f & (A_IN | B_IN)) uPos[i] = U++;
    else {
      uPos[i] = -1;
      groupSize[groupOf(f)]++;
    }
  }
  const belowFlags = new Uint8Array(U);
  for (let i = 0; i < m; i++) {
    const pos = uPos[i];
    if (pos >= 0) belowFlags[pos] = (where[i] & A_BELOW ? 1 : 0) | (where[i] & B_BELOW ? 2 : 0);
  }
  const w = new Int32Array(U);
  const state = {
    rng,
    w,
    uPos,
    where,
    total: new Float64Array(4),
    left: new Float64Array(4),
    remaining: new Float64Array(4),
    drawn: /* @__PURE__ */ new Map()
  };
  const sideA = side(x.a, x.orderA, uPos, lo, hi);
  const sideB = side(x.b, x.orderB, uPos, lo, hi);
  const T = POISSON1_U32;
  const TAB = POISSON1_TABLE;
  for (let r = 0; r < resamples; r++) {
    state.drawn.clear();
    let W = 0;
    let baseA = 0;
    let baseB = 0;
    let s0 = rng.s0;
    let s1 = rng.s1;
    let s2 = rng.s2;
    let s3 = rng.s3;
    for (let j = 0; j < U; j++) {
      const x2 = Math.imul(s1, 5);
      const bits = Math.imul(x2 << 7 | x2 >>> 25, 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      let k = TAB[bits >>> POISSON1_SHIFT];
      if (k === 255) {
        k = 0;
        while (bits >= T[k]) k++;
      }
      w[j] = k;
      W += k;
      const f = belowFlags[j];
      if (f !== 0) {
        if (f & 1) baseA += k;
        if (f & 2) baseB += k;
      }
    }
    rng.s0 = s0;
    rng.s1 = s1;
    rng.s2 = s2;
    rng.s3 = s3;
    for (let g = 0; g < 4; g++) {
      const t = poisson(groupSize[g], rng);
      state.total[g] = t;
      state.left[g] = t;
      state.remaining[g] = groupSize[g];
      W += t;
    }
    if (W === 0) {
      out[r] = NaN;
      continue;
    }
    baseA += state.total[0] + state.total[1];
    baseB += state.total[0] + state.total[2];
    out[r] = quantileOf(sideB, state, baseB, W, p) - quantileOf(sideA, state, baseA, W, p);
  }
  return out;
}
var A_BELOW = 1;
var A_IN = 2;
var A_ABOVE = 4;
var B_BELOW = 8;
var B_IN = 16;
var B_ABOVE = 32;
function groupOf(where) {
  return (where & A_ABOVE ? 2 : 0) + (where & B_ABOVE ? 1 : 0);
}
function quantileBand(m, p, sd) {
  const h2 = p * (m - 1);
  const half = sd * Math.sqrt(m * p * (1 - p)) + 2;
  return { lo: Math.max(0, Math.floor(h2 - half)), hi: Math.min(m - 1, Math.ceil(h2 + half)) };
}
function side(values, order, uPos, lo, hi) {
  const bandU = new Int32Array(hi - lo + 1);
  const bandV = new Float64Array(hi - lo + 1);
  for (let k = lo; k <= hi; k++) {
    bandU[k - lo] = uPos[order[k]];
    bandV[k - lo] = values[order[k]];
  }
  return { values, order, lo, hi, bandU, bandV };
}
function weightOf(s, i) {
  const pos = s.uPos[i];
  if (pos >= 0) return s.w[pos];
  const known = s.drawn.get(i);
  if (known !== void 0) return known;
  const g = groupOf(s.where[i]);
  const k = binomial(s.left[g], 1 / s.remaining[g], s.rng);
  s.left[g] -= k;
  s.remaining[g]--;
  s.drawn.set(i, k);
  return k;
}
function quantileOf(sd, s, base, W, p) {
  const h2 = p * (W - 1);
  const j = Math.floor(h2);
  const frac = h2 - j;
  if (j < base) return belowBand(sd, s, base, j, frac);
  const { bandU, bandV } = sd;
  const w = s.w;
  const L = bandU.length;
  let cum = base;
  let k = 0;
  for (; k < L; k++) {
    cum += w[bandU[k]];
    if (cum > j) break;
  }
  if (k === L) return aboveBand(sd, s, cum, j, frac);
  const xj = bandV[k];
  if (frac === 0 || cum > j + 1) return xj;
  for (k++; k < L; k++) if (w[bandU[k]] > 0) return xj + frac * (bandV[k] - xj);
  return xj + frac * (firstFrom(sd, s, sd.hi + 1) - xj);
}
function belowBand(sd, s, base, j, frac) {
  let top = base;
  let upper = NaN;
  for (let k = sd.lo - 1; k >= 0; k--) {
    const i = sd.order[k];
    const wk = weightOf(s, i);
    if (wk === 0) continue;
    const bottom = top - wk;
    if (bottom <= j) {
      const xj = sd.values[i];
      if (frac === 0 || top > j + 1) return xj;
      if (upper !== upper) upper = firstFrom(sd, s, sd.lo);
      return xj + frac * (upper - xj);
    }
    top = bottom;
    upper = sd.values[i];
  }
  throw new Error("pairedQuantileBootstrap: the weights below the band do not add up");
}
function aboveBand(sd, s, cum, j, frac) {
  let xj = NaN;
  for (let k = sd.hi + 1; k < sd.order.length; k++) {
    const i = sd.order[k];
    const wk = weightOf(s, i);
    if (wk === 0) continue;
    if (xj !== xj) {
      cum += wk;
      if (cum > j) {
        xj = sd.values[i];
        if (frac === 0 || cum > j + 1) return xj;
      }
    } else return xj + frac * (sd.values[i] - xj);
  }
  if (xj === xj) return xj;
  throw new Error("pairedQuantileBootstrap: the weights above the band do not add up");
}
function firstFrom(sd, s, from) {
  for (let k = from; k < sd.order.length; k++) {
    const i = sd.order[k];
    if (weightOf(s, i) > 0) return sd.values[i];
  }
  throw new Error("pairedQuantileBootstrap: no weight above the quantile");
}
function summarizeBootstrap(deltas, estimate, o) {
  const valid = deltas.filter((d) => d === d).sort();
  const R = valid.length;
  if (R < 2) return null;
  const { ci, se } = bootstrapSpread(valid, o.confidence);
  let within = 0;
  for (let i = 0; i < R; i++) if ((o.lowerIsBetter ? valid[i] : -valid[i]) <= o.margin) within++;
  let p_value = (within + 1) / (R + 1);
  if (within < TAIL_COUNT) {
    const worse = o.lowerIsBetter ? estimate : -estimate;
    p_value = Math.min(p_value, oneSidedP(worse, o.margin, se, Infinity));
  }
  return { ci, p_value, se, detectable: detectableWorsening(o.margin, se, 1 - o.confidence) };
}
var TAIL_COUNT = 10;

// src/shadow/groups.ts
function groupBySegment(order, segmentOf, segments, into) {
  const n = segmentOf.length;
  const count2 = new Int32Array(segments);
  for (let i = 0; i < n; i++) count2[segmentOf[i]]++;
  const start = new Int32Array(segments + 1);
  for (let s = 0; s < segments; s++) start[s + 1] = start[s] + count2[s];
  const next = start.slice(0, segments);
  const items = into ?? new Int32Array(n);
  if (order === null) for (let i = 0; i < n; i++) items[next[segmentOf[i]]++] = i;
  else {
    for (let k = 0; k < n; k++) {
      const i = order[k];
      items[next[segmentOf[i]]++] = i;
    }
  }
  return { items, start, count: count2 };
}
function segmentsOf(rowSegment, rows) {
  if (rows === null) return rowSegment;
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = rowSegment[rows[k]];
  return out;
}

// src/shadow/latency.ts
var LATENCY_QUANTILES = { latency_p50_ms: 0.5, latency_p95_ms: 0.95, latency_p99_ms: 0.99 };
var PERCENTILES = [0.5, 0.95, 0.99];
function measureLatency(data, segmentation, opts) {
  const S = segmentation.segments.length;
  const latA = data.baseline.latency;
  const latB = data.candidate.latency;
  let rows = null;
  let m = data.n;
  let missing = 0;
  for (let k = 0; k < data.n; k++) if (latA[k] !== latA[k] || latB[k] !== latB[k]) missing++;
  let a = latA;
  let b = latB;
  if (missing > 0) {
    m = data.n - missing;
    rows = new Int32Array(m);
    a = new Float64Array(m);
    b = new Float64Array(m);
    for (let k = 0, j = 0; k < data.n; k++) {
      if (latA[k] !== latA[k] || latB[k] !== latB[k]) continue;
      rows[j] = k;
      a[j] = latA[k];
      b[j++] = latB[k];
    }
  }
  const orderA = argsortFloat64(a);
  const orderB = argsortFloat64(b);
  const out = {
    count: new Float64Array(S),
    baseline: new Float64Array(S * PERCENTILES.length).fill(NaN),
    candidate: new Float64Array(S * PERCENTILES.length).fill(NaN),
    bootstrap: /* @__PURE__ */ new Map()
  };
  const metrics = Object.keys(LATENCY_QUANTILES);
  const itemsA = new Int32Array(m);
  const itemsB = new Int32Array(m);
  let scratch = null;
  for (const dim of segmentation.dimensions) {
    const segOf = segmentsOf(dim.rowSegment, rows);
    const gA = groupBySegment(orderA, segOf, S, itemsA);
    const gB = groupBySegment(orderB, segOf, S, itemsB);
    let members = null;
    for (let s = 0; s < S; s++) {
      const cnt = gA.count[s];
      if (cnt === 0) continue;
      out.count[s] = cnt;
      PERCENTILES.forEach((p, j) => {
        out.baseline[s * PERCENTILES.length + j] = quantileOfOrder(a, gA.items, gA.start[s], cnt, p);
        out.candidate[s * PERCENTILES.length + j] = quantileOfOrder(b, gB.items, gB.start[s], cnt, p);
      });
      for (const metric of metrics) {
        if (!opts.wantsBootstrap(s, metric)) continue;
        const name2 = `${metric}/${segmentation.segments[s].id}`;
        const bootstrap = (x) => out.bootstrap.set(`${s}:${metric}`, pairedQuantileBootstrap(x, { p: LATENCY_QUANTILES[metric], resamples: opts.resamples, rng: new Random(`${opts.seed}|${name2}`) }));
        if (cnt === m) {
          bootstrap({ a, b, orderA, orderB });
          continue;
        }
        scratch ??= {
          members: new Int32Array(m),
          localOf: new Int32Array(m),
          a: new Float64Array(m),
          b: new Float64Array(m),
          oA: new Int32Array(m),
          oB: new Int32Array(m)
        };
        const sc = scratch;
        if (members === null) {
          members = groupBySegment(null, segOf, S, sc.members);
          for (let t = 0; t < S; t++) {
            const st2 = members.start[t];
            for (let j = 0; j < members.count[t]; j++) sc.localOf[members.items[st2 + j]] = j;
          }
        }
        const st = members.start[s];
        const aS = sc.a.subarray(0, cnt);
        const bS = sc.b.subarray(0, cnt);
        const oA = sc.oA.subarray(0, cnt);
        const oB = sc.oB.subarray(0, cnt);
        for (let j = 0; j < cnt; j++) {
          const i = members.items[st + j];
          aS[j] = a[i];
          bS[j] = b[i];
          oA[j] = sc.localOf[gA.items[gA.start[s] + j]];
          oB[j] = sc.localOf[gB.items[gB.start[s] + j]];
        }
        bootstrap({ a: aS, b: bS, orderA: oA, orderB: oB });
      }
    }
  }
  return out;
}

// src/shadow/valueForMoney.ts
var POINT = 0.01;
function change(baseline, candidate) {
  const delta = candidate - baseline;
  return { baseline, candidate, delta, relative: baseline !== 0 ? delta / Math.abs(baseline) : null };
}
function valueForMoney(lift, cost, latencyP99) {
  const gain = lift.direction === "higher" ? lift.candidate - lift.baseline : lift.baseline - lift.candidate;
  const points = gain / POINT;
  return {
    metric: lift.metric,
    source: lift.source,
    baseline: lift.baseline,
    candidate: lift.candidate,
    lift: gain,
    cost_per_1k: cost,
    latency_p99_ms: latencyP99,
    cost_per_point: cost !== null && cost.delta > 0 && points > 0 ? cost.delta / points : null
  };
}
function signedCost(x) {
  const v = formatUsd(Math.abs(x));
  return `${x < 0 ? "\u2212" : x > 0 ? "+" : "\xB1"}${v}`;
}
function valueForMoneyText(v) {
  const parts = [];
  const metric = `${formatDelta(v.metric, v.candidate - v.baseline, v.baseline)} ${v.metric} (${v.source})`;
  if (v.cost_per_1k) {
    const c = v.cost_per_1k;
    const rel = c.relative !== null ? `${formatDelta("cost_per_1k", c.delta, c.baseline)} cost per 1,000 requests (${signedCost(c.delta)})` : `${signedCost(c.delta)} per 1,000 requests`;
    parts.push(rel);
  }
  if (v.latency_p99_ms && v.latency_p99_ms.relative !== null) parts.push(`${formatDelta("latency_p99_ms", v.latency_p99_ms.delta, v.latency_p99_ms.baseline)} p99 latency`);
  return parts.length ? `${metric} for ${parts.join(" and ")}` : metric;
}

// src/stats/meanDiff.ts
function pairedMeanDiffTest(s, o) {
  if (s.n < 2) return null;
  const scale = o.scale ?? 1;
  const mean = s.sum / s.n;
  const variance = Math.max(0, (s.sumSq - s.n * mean * mean) / (s.n - 1));
  const estimate = scale * mean;
  const se = Math.abs(scale) * Math.sqrt(variance / s.n);
  const worse = o.lowerIsBetter ? estimate : -estimate;
  return {
    estimate,
    se,
    ci: symmetricInterval(estimate, se, Infinity, o.confidence),
    p_value: oneSidedP(worse, o.margin, se, Infinity),
    detectable: detectableWorsening(o.margin, se, 1 - o.confidence)
  };
}

// src/stats/pairedProportion.ts
function tangoZ(t, delta0) {
  const { num: num2, v } = score(t, delta0);
  if (!(v > 0)) return num2 === 0 ? 0 : num2 > 0 ? Infinity : -Infinity;
  return num2 / Math.sqrt(v);
}
function score(t, delta0) {
  const { n, only1: b, only2: c } = t;
  const A2 = 2 * n;
  const B2 = -b - c + (2 * n - b + c) * delta0;
  const C3 = -c * delta0 * (1 - delta0);
  const p01 = (-B2 + Math.sqrt(Math.max(0, B2 * B2 - 4 * A2 * C3))) / (2 * A2);
  return { num: b - c - n * delta0, v: n * (2 * p01 + delta0 * (1 - delta0)) };
}
function pairedProportionTest(t, o) {
  if (t.n <= 0) return null;
  const estimate = (t.only1 - t.only2) / t.n;
  const alpha = 1 - o.confidence;
  const z = normalQuantile(1 - alpha / 2);
  const delta0 = clamp(o.lowerIsBetter ? o.margin : -o.margin);
  const z0 = tangoZ(t, delta0);
  const p_value = o.lowerIsBetter ? normalCdf(-z0) : normalCdf(z0);
  const se0 = seAt(t, delta0);
  return {
    estimate,
    ci: [solve(t, z, -1, estimate), solve(t, -z, estimate, 1)],
    p_value,
    detectable: detectableWorsening(o.margin, se0, alpha)
  };
}
var EDGE = 1 - 1e-12;
var clamp = (d) => Math.min(EDGE, Math.max(-EDGE, d));
function seAt(t, delta0) {
  return Math.sqrt(Math.max(0, score(t, delta0).v)) / t.n;
}
function solve(t, target, lo, hi) {
  let a = clamp(lo);
  let b = clamp(hi);
  if (tangoZ(t, a) <= target) return a;
  if (tangoZ(t, b) >= target) return b;
  for (let i = 0; i < 100 && b - a > 1e-13; i++) {
    const mid = (a + b) / 2;
    if (tangoZ(t, mid) > target) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

// src/gate/envelope.ts
var COMPARATIVE = /* @__PURE__ */ new Set(["agreement", "score_psi"]);
function envelopeConfig(config, shadow) {
  const metrics = {};
  for (const [name2, rule] of Object.entries(shadow.envelope)) metrics[name2] = { rule, direction: lookupShadowMetric(name2).direction };
  return { ...config, metrics };
}
function bootstrapWanted(config, segmentation) {
  const S = segmentation.segments.length;
  const count2 = new Float64Array(S);
  for (const d of segmentation.dimensions) for (let k = 0; k < d.rowSegment.length; k++) count2[d.rowSegment[k]]++;
  return (s, metric) => {
    if (!(metric in config.metrics) || !(metric in LATENCY_QUANTILES)) return false;
    if (s !== 0 && count2[s] < config.segments.minSamples) return false;
    return changeTolerance(ruleFor(config, segmentation.segments[s].id, metric)) !== null;
  };
}
function envelopeTester(config, measured) {
  const confidence = config.statistics.confidence;
  return ({ segment, metric, direction, margin }) => {
    const lowerIsBetter = direction === "lower";
    const st = measured.stats[segment];
    if (metric in LATENCY_QUANTILES) {
      const deltas = measured.latency.bootstrap.get(`${segment}:${metric}`);
      const v = measured.segments[segment].values[metric];
      if (!deltas || v?.baseline == null || v.candidate == null) return null;
      return summarizeBootstrap(deltas, v.candidate - v.baseline, { margin, lowerIsBetter, confidence });
    }
    if (metric === "cost_per_1k" && st.cost) return pairedMeanDiffTest(st.cost, { margin, lowerIsBetter, confidence, scale: 1e3 });
    if (metric === "error_rate" && st.errors) return pairedProportionTest(st.errors, { margin, lowerIsBetter, confidence });
    return null;
  };
}
function judgeEnvelope(config, shadow, measured) {
  const view = envelopeConfig(config, shadow);
  const pending = judgeSegments({ config: view, measured: measured.segments, source: "shadow", tester: envelopeTester(view, measured) });
  for (const p of pending) {
    const c = p.check;
    if (p.kind === "change" && COMPARATIVE.has(c.metric)) {
      const limit = c.metric === "agreement" ? "min" : "max";
      p.kind = "limit";
      p.breached = true;
      c.status = "pass";
      c.baseline = null;
      c.delta = null;
      c.message = `${c.metric} compares the two models, so it has no baseline value to change from: use ${limit} instead of ${c.rule}.`;
    } else if (c.status === "insufficient") {
      c.message = c.message.replace(/^([\d,]+) examples, /, "$1 requests, ");
    }
  }
  return pending;
}
function requestCoverageCheck(p, models, minCoverage) {
  const ok = p.coverage >= minCoverage;
  const parts = [];
  if (p.onlyBaseline > 0) parts.push(`${formatCount(p.onlyBaseline)} served by ${models.baseline} only (e.g. ${p.examplesOnlyBaseline.join(", ")})`);
  if (p.onlyCandidate > 0) parts.push(`${formatCount(p.onlyCandidate)} served by ${models.candidate} only (e.g. ${p.examplesOnlyCandidate.join(", ")})`);
  const detail = parts.length ? `; ${parts.join("; ")}` : "";
  return integrityCheck("request_coverage", "overall", {
    n: p.paired,
    candidate: p.coverage,
    higher_is_better: true,
    rule: `min ${pct(minCoverage)}`,
    status: ok ? "pass" : "fail",
    message: ok ? `${pct(p.coverage)} of the shadow log's ${formatCount(p.requests)} requests were served by both models${detail}.` : `Only ${pct(p.coverage)} of the shadow log's ${formatCount(p.requests)} requests were served by both models, under integrity.min_coverage ${pct(minCoverage)}${detail}: the shadow run must send every request to both.`
  });
}
function valueForMoneyCheck(rule, v, requests) {
  const check = makeCheck("shadow", "value_for_money", "overall", {
    n: requests,
    rule: `max_cost_per_1k_per_point ${rule.maxCostPer1kPerPoint}`,
    severity: rule.severity,
    higher_is_better: false
  });
  const pending = { check, kind: "limit", breached: false };
  if (v === null || v.cost_per_1k === null) {
    check.status = "insufficient";
    check.message = v === null ? `value_for_money needs ${rule.metric} on both models, from the eval files or labelled shadow requests; neither gave it.` : "value_for_money needs the cost per 1,000 requests, and the shadow log has no cost.";
    return pending;
  }
  const cost = v.cost_per_1k;
  const text = valueForMoneyText(v);
  const limit = `${formatUsd(rule.maxCostPer1kPerPoint)} per 1,000 requests per point of ${rule.metric}`;
  if (cost.delta <= 0) {
    check.message = `No extra cost: ${text}.`;
  } else if (v.lift <= 0) {
    pending.breached = true;
    check.message = `Pays more with no gain in ${rule.metric}: ${text}; the most allowed is ${limit}.`;
  } else {
    check.candidate = v.cost_per_point;
    pending.breached = v.cost_per_point > rule.maxCostPer1kPerPoint;
    const per = `${formatUsd(v.cost_per_point)} per 1,000 requests per point`;
    check.message = pending.breached ? `Too costly for the lift: ${per}, over ${limit} (${text}).` : `Worth it: ${per}, within ${limit} (${text}).`;
  }
  return pending;
}

// src/io/peek.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/io/peek.ts
async function peekHeader(file) {
  try {
    const { format, gzip } = formatOf(file);
    const stream = openBytes(file, gzip);
    let text = "";
    for await (const chunk of stream) {
      text += chunk.toString("utf8");
      if (text.indexOf("\n") !== -1 || text.length > 1 << 20) break;
    }
    stream.destroy();
    if (format === "jsonl") {
      const line = text.split("\n").find((l) => l.trim() !== "");
      return line === void 0 ? null : Object.keys(JSON.parse(line));
    }
    const rows = parse(text.slice(0, text.indexOf("\n") + 1 || void 0), { delimiter: format === "tsv" ? "	" : ",", bom: true, to_line: 1, relax_column_count: true });
    return rows[0]?.map((h2) => h2.trim()) ?? null;
  } catch {
    return null;
  }
}
function estimateRows(files) {
  let rows = 0;
  const buf = Buffer.alloc(1 << 16);
  for (const file of files) {
    if (/\.gz$/i.test(file)) return 1 << 16;
    let fd = -1;
    try {
      fd = openSync(file, "r");
      const size = fstatSync(fd).size;
      const got = readSync(fd, buf, 0, buf.length, 0);
      let lines = 0;
      for (let i = 0; i < got; i++) if (buf[i] === 10) lines++;
      rows += lines > 1 ? Math.ceil(size / got * lines * 1.02) : 1 << 10;
    } catch {
      return 1 << 16;
    } finally {
      if (fd !== -1) closeSync(fd);
    }
  }
  return Math.max(1 << 10, Math.min(rows, 1 << 28));
}

// src/io/requestCodes.ts
function requestCodes(ids) {
  const n = ids.length;
  let size = 1 << Math.max(4, 32 - Math.clz32(Math.max(1, n) - 1));
  let mask = size - 1;
  let slotCode = new Int32Array(size).fill(-1);
  let slotHash = new Int32Array(size);
  const hashes = new Int32Array(n);
  const codes = new Int32Array(n);
  const values = [];
  for (let row2 = 0; row2 < n; row2++) {
    const id = ids[row2];
    const h2 = hashKey(id);
    let p = h2 & mask;
    let code = slotCode[p];
    while (code !== -1 && (slotHash[p] !== h2 || values[code] !== id)) {
      p = p + 1 & mask;
      code = slotCode[p];
    }
    if (code === -1) {
      code = values.length;
      values.push(id);
      hashes[code] = h2;
      slotCode[p] = code;
      slotHash[p] = h2;
      if (values.length > size * 0.7) {
        size *= 2;
        mask = size - 1;
        slotCode = new Int32Array(size).fill(-1);
        slotHash = new Int32Array(size);
        for (let c = 0; c < values.length; c++) {
          let q = hashes[c] & mask;
          while (slotCode[q] !== -1) q = q + 1 & mask;
          slotCode[q] = c;
          slotHash[q] = hashes[c];
        }
      }
    }
    codes[row2] = code;
  }
  return { codes, values };
}

// src/io/labels.ts
async function readLabelsFile(input, columns, task) {
  const files = expandInput(input);
  const kind = task === "binary" ? "label" : task === "multiclass" ? "category" : "number";
  const table = await readTable(files, [
    { name: columns.request_id, key: "id", kind: "string", required: true, unique: true },
    { name: columns.label, key: "label", kind, required: true }
  ]);
  const ids = columnOf(table, "id", "string").index;
  let values;
  let names = null;
  if (task === "multiclass") {
    const c = columnOf(table, "label", "category");
    names = Array.from(c.codes, (code) => c.values[code]);
    values = new Float64Array(table.n).fill(NaN);
  } else values = (columnOf(table, "label", "label") ?? columnOf(table, "label", "number")).values;
  return { files, n: table.n, ids, values, names, table };
}
function errorAt(table, row2, column, detail) {
  const { file, line } = rowLocation(table, row2);
  return new DataError(file, detail, { line, column });
}

// src/io/shadow.ts
var EXAMPLES2 = 5;
var EMPTY2 = "";
async function readShadowLog(opts) {
  const files = expandInput(opts.shadow);
  const c = opts.columns;
  const header2 = await peekHeader(files[0]);
  const wantOutputs = opts.needs.decision !== void 0 || opts.needs.score !== void 0 || opts.labels !== null || header2 === null || header2.includes(c.label);
  const t = await readTable(files, specsFor2(opts, wantOutputs), { initialRows: estimateRows(files) });
  if (t.n === 0) throw new DataError(files[0], "the shadow log has no rows; expected one row per request per model");
  checkNeeds(t, opts);
  const req = requestCodes(columnOf(t, "request", "string").values);
  t.columns.request = void 0;
  const model = columnOf(t, "model", "category");
  const role = modelRoles(t, model, opts);
  const R = req.values.length;
  const bRow = new Int32Array(R).fill(-1);
  const cRow = new Int32Array(R).fill(-1);
  const reqCodes = req.codes;
  const modelCodes = model.codes;
  let baselineRows = 0;
  for (let row2 = 0; row2 < t.n; row2++) {
    const r = reqCodes[row2];
    const slot = role[modelCodes[row2]] === 0 ? bRow : cRow;
    if (slot === bRow) baselineRows++;
    if (slot[r] !== -1) {
      const first = slot[r];
      const { file, line } = rowLocation(t, row2);
      const firstFile = rowLocation(t, first).file;
      throw new DataError(
        file,
        `request ${showValue(req.values[r])} has a second row for model ${showValue(model.values[modelCodes[row2]])}, first seen on ${firstFile === file ? `line ${t.line[first]}` : rowRef(t, first)}; each request needs exactly one row per model`,
        { line, column: c.request_id }
      );
    }
    slot[r] = row2;
  }
  let n = 0;
  const onlyB = [];
  const onlyC = [];
  let onlyBaseline = 0;
  let onlyCandidate = 0;
  for (let r = 0; r < R; r++) {
    if (bRow[r] !== -1 && cRow[r] !== -1) n++;
    else if (bRow[r] !== -1) {
      onlyBaseline++;
      if (onlyB.length < EXAMPLES2) onlyB.push(showValue(req.values[r]));
    } else {
      onlyCandidate++;
      if (onlyC.length < EXAMPLES2) onlyC.push(showValue(req.values[r]));
    }
  }
  if (n === 0) {
    throw new DataError(
      files[0],
      `no request was served by both models (${baselineRows} ${opts.models.baseline} rows, ${t.n - baselineRows} ${opts.models.candidate} rows); each request id needs one row per model`,
      { column: c.request_id }
    );
  }
  const pairB = new Int32Array(n);
  const pairC = new Int32Array(n);
  const requestIds = new Array(n);
  for (let r = 0, k = 0; r < R; r++) {
    if (bRow[r] === -1 || cRow[r] === -1) continue;
    pairB[k] = bRow[r];
    pairC[k] = cRow[r];
    requestIds[k++] = req.values[r];
  }
  const integrity = {
    rows: t.n,
    baselineRows,
    candidateRows: t.n - baselineRows,
    requests: R,
    paired: n,
    onlyBaseline,
    onlyCandidate,
    coverage: n / R,
    examplesOnlyBaseline: onlyB,
    examplesOnlyCandidate: onlyC
  };
  const wantDecisions = opts.needs.decision !== void 0 || t.columns.label !== void 0 || opts.labels !== null;
  const ctx = { t, opts, pairB, pairC, requestIds, wantDecisions };
  const labelsFile = opts.labels === null ? null : await readLabelsFile(opts.labels, c, opts.task);
  const classes = classNames(ctx, labelsFile);
  const costSource = t.columns.cost ? "cost_usd" : t.columns.inputTokens && t.columns.outputTokens && opts.pricing ? "tokens" : null;
  const { baseline, candidate } = modelsData(ctx, classes);
  const segments = c.segments.map((s) => segmentColumn2(ctx, s));
  const { label, labels } = joinLabels(ctx, classes, labelsFile);
  return {
    n,
    baseline,
    candidate,
    label,
    classes: opts.task === "multiclass" ? classes.names : [],
    costSource,
    segments,
    integrity,
    labels,
    files
  };
}
function specsFor2(opts, outputs) {
  const c = opts.columns;
  const num2 = (name2, key, extra = {}) => ({ name: name2, key, kind: "number", required: false, ifEmpty: NaN, ...extra });
  const specs = [
    { name: c.request_id, key: "request", kind: "string", required: true },
    { name: c.model, key: "model", kind: "category", required: true },
    num2(c.latency_ms, "latency", { required: true, min: 0, rangeText: "a latency in ms, 0 or more" }),
    num2(c.cost_usd, "cost", { min: 0, rangeText: "a cost in USD, 0 or more" }),
    num2(c.input_tokens, "inputTokens", { min: 0, rangeText: "a token count, 0 or more" }),
    num2(c.output_tokens, "outputTokens", { min: 0, rangeText: "a token count, 0 or more" }),
    { name: c.error, key: "error", kind: "boolean", required: false }
  ];
  const cat = (name2, key) => ({ name: name2, key, kind: "category", required: false, ifEmpty: EMPTY2 });
  switch (outputs ? opts.task : null) {
    case "binary":
      specs.push(num2(c.score, "score", { min: 0, max: 1, rangeText: "a probability in [0, 1]" }), cat(c.prediction, "prediction"), cat(c.label, "label"));
      break;
    case "multiclass":
      specs.push(num2(c.score, "score"), cat(c.prediction, "prediction"), cat(c.label, "label"));
      break;
    case "regression":
      specs.push(num2(c.score, "score"), num2(c.prediction, "prediction"), num2(c.label, "label"));
      break;
  }
  for (const s of c.segments) specs.push({ name: s, key: `segment:${s}`, kind: "category", required: true, ifEmpty: MISSING_SEGMENT });
  return specs;
}
function checkNeeds(t, opts) {
  const c = opts.columns;
  const { needs: needs2 } = opts;
  const file = t.files[0];
  const header2 = t.headers[0];
  if (needs2.cost && !t.columns.cost) {
    const hasIn = t.columns.inputTokens !== void 0;
    const hasOut = t.columns.outputTokens !== void 0;
    if (!hasIn && !hasOut) {
      throw missingColumn(file, c.cost_usd, header2, ` (${needs2.cost}; or give ${c.input_tokens} and ${c.output_tokens} with shadow.pricing)`, [c.input_tokens]);
    }
    if (!hasIn || !hasOut) throw missingColumn(file, hasIn ? c.output_tokens : c.input_tokens, header2, ` (${needs2.cost}: tokens are priced from both ${c.input_tokens} and ${c.output_tokens})`);
    if (!opts.pricing) {
      throw new ConfigError("config", [
        {
          path: "shadow.pricing",
          message: `the shadow log ${file} has no ${c.cost_usd} column, only ${c.input_tokens}/${c.output_tokens}, and ${needs2.cost}: set shadow.pricing { input_per_1k_tokens, output_per_1k_tokens } to price the tokens`
        }
      ]);
    }
  }
  if (needs2.error && !t.columns.error) throw missingColumn(file, c.error, header2, ` (${needs2.error}; true/false or 1/0 per row)`);
  if (needs2.score && !t.columns.score) throw missingColumn(file, c.score, header2, ` (${needs2.score})`);
  if (needs2.decision) {
    if (opts.task === "multiclass" && !t.columns.prediction) throw missingColumn(file, c.prediction, header2, ` (${needs2.decision}: the predicted class)`);
    if (opts.task !== "multiclass" && !t.columns.prediction && !t.columns.score) {
      throw missingColumn(file, c.score, header2, ` (${needs2.decision}; a "${c.prediction}" column also works)`, [c.prediction]);
    }
  }
}
function modelRoles(t, model, opts) {
  const { baseline, candidate } = opts.models;
  const role = Int8Array.from(model.values, (v) => v === baseline ? 0 : v === candidate ? 1 : -1);
  const bad = role.indexOf(-1);
  if (bad === -1) return role;
  const row2 = model.codes.indexOf(bad);
  const seen = model.values.slice(0, 6).map(showValue).join(", ") + (model.values.length > 6 ? ", ..." : "");
  return fail(
    errorAt(
      t,
      row2,
      opts.columns.model,
      `${showValue(model.values[bad])} is neither the baseline (${showValue(baseline)}) nor the candidate (${showValue(candidate)}); the log's models are ${seen}: name them under shadow.models, and leave other models' rows out of the log`
    )
  );
}
function fail(e) {
  throw e;
}
function classNames(ctx, labelsFile) {
  const { t, opts } = ctx;
  if (opts.task !== "multiclass") return { names: [], prediction: null, label: null, byName: /* @__PURE__ */ new Map() };
  const pred = columnOf(t, "prediction", "category");
  const lab = columnOf(t, "label", "category");
  const used = /* @__PURE__ */ new Set();
  for (const col2 of [pred, lab]) for (const v of col2?.values ?? []) if (v !== EMPTY2) used.add(v);
  for (const v of labelsFile?.names ?? []) used.add(v);
  const names = [...used].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const byName = new Map(names.map((v, i) => [v, i]));
  const map = (col2) => col2 ? Float64Array.from(col2.values, (v) => v === EMPTY2 ? NaN : byName.get(v)) : null;
  return { names, prediction: map(pred), label: map(lab), byName };
}
function binaryCodes(t, key, column) {
  const col2 = columnOf(t, key, "category");
  const out = new Float64Array(col2.values.length);
  col2.values.forEach((v, code) => {
    if (v === EMPTY2) out[code] = NaN;
    else {
      const b = parseLabel(v.trim());
      if (b === -1) throw errorAt(t, col2.codes.indexOf(code), column, `${showValue(v)} is not a binary value; expected 0/1 or true/false`);
      out[code] = b;
    }
  });
  return out;
}
function modelsData(ctx, classes) {
  const { t, opts, pairB, pairC } = ctx;
  const c = opts.columns;
  const n = pairB.length;
  const errCol = columnOf(t, "error", "boolean")?.values ?? null;
  const isError = (row2) => errCol !== null && errCol[row2] === 1;
  const emptyOnSuccess = (row2, column, what) => errorAt(t, row2, column, `empty value; expected ${what} (only a row with ${c.error}=true, a failed request, may leave it empty)`);
  const both = (f) => [f(pairB), f(pairC)];
  const drop = (key) => {
    t.columns[key] = void 0;
  };
  const gatherNumber = (key, column, what, emptyAs) => {
    const col2 = columnOf(t, key, "number");
    if (!col2) return null;
    const v = col2.values;
    const out = both((rows) => {
      const a = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        const row2 = rows[k];
        const x = v[row2];
        if (x !== x) {
          if (!isError(row2)) throw emptyOnSuccess(row2, column, what);
          a[k] = emptyAs;
        } else a[k] = x;
      }
      return a;
    });
    drop(key);
    return out;
  };
  const latency = gatherNumber("latency", c.latency_ms, "the serving latency in ms", NaN);
  let cost = gatherNumber("cost", c.cost_usd, "the cost in USD", 0);
  if (!cost && opts.pricing && t.columns.inputTokens && t.columns.outputTokens) {
    const inT = gatherNumber("inputTokens", c.input_tokens, "the input token count", 0);
    const outT = gatherNumber("outputTokens", c.output_tokens, "the output token count", 0);
    const pi = opts.pricing.inputPer1kTokens / 1e3;
    const po = opts.pricing.outputPer1kTokens / 1e3;
    for (const m of [0, 1]) for (let k = 0; k < n; k++) inT[m][k] = inT[m][k] * pi + outT[m][k] * po;
    cost = inT;
  }
  const error = errCol ? both((rows) => {
    const a = new Uint8Array(n);
    for (let k = 0; k < n; k++) a[k] = errCol[rows[k]];
    return a;
  }) : null;
  let score2 = null;
  let decision = null;
  if (opts.task === "regression") {
    score2 = gatherNumber("score", c.score, "the model's prediction", NaN) ?? gatherNumber("prediction", c.prediction, "the model's prediction", NaN);
    decision = score2;
  } else {
    score2 = gatherNumber("score", c.score, "the model's score", NaN);
    const pred = ctx.wantDecisions ? columnOf(t, "prediction", "category") : void 0;
    if (pred) {
      const byCode = opts.task === "binary" ? binaryCodes(t, "prediction", c.prediction) : classes.prediction;
      decision = both((rows) => {
        const a = new Float64Array(n);
        for (let k = 0; k < n; k++) {
          const row2 = rows[k];
          const d = byCode[pred.codes[row2]];
          if (d !== d && !isError(row2)) throw emptyOnSuccess(row2, c.prediction, "the model's decision");
          a[k] = d;
        }
        return a;
      });
    } else if (opts.task === "binary" && score2 && ctx.wantDecisions) {
      const th2 = opts.threshold;
      decision = [score2[0].map((x) => x !== x ? NaN : x >= th2 ? 1 : 0), score2[1].map((x) => x !== x ? NaN : x >= th2 ? 1 : 0)];
    }
  }
  const model = (m) => ({
    latency: latency[m],
    cost: cost?.[m] ?? null,
    error: error?.[m] ?? null,
    score: score2?.[m] ?? null,
    decision: decision?.[m] ?? null
  });
  return { baseline: model(0), candidate: model(1) };
}
function segmentColumn2(ctx, name2) {
  const { t, pairB, pairC, requestIds } = ctx;
  const col2 = columnOf(t, `segment:${name2}`, "category");
  const src = col2.codes;
  for (let k = 0; k < pairB.length; k++) {
    const old = src[pairB[k]];
    if (src[pairC[k]] !== old) {
      throw errorAt(
        t,
        pairC[k],
        name2,
        `request ${showValue(requestIds[k])} has ${name2} ${showValue(col2.values[src[pairC[k]]])} here but ${showValue(col2.values[old])} in its ${ctx.opts.models.baseline} row (${rowRef(t, pairB[k])}); both rows of a request must carry the same segment values`
      );
    }
  }
  return pickCategories(name2, col2, pairB);
}
function joinLabels(ctx, classes, file) {
  const { t, opts, pairB, pairC, requestIds } = ctx;
  const c = opts.columns;
  const n = pairB.length;
  const labels = { labelled: 0, fromLog: 0, fromFile: 0, fileRows: null, fileUnmatched: null, files: [] };
  let label = null;
  const show2 = (v) => opts.task === "multiclass" ? showValue(classes.names[v]) : String(v);
  const inLog = t.columns.label !== void 0;
  if (inLog) {
    let byRow;
    if (opts.task === "regression") {
      const v = columnOf(t, "label", "number").values;
      byRow = (row2) => v[row2];
    } else {
      const col2 = columnOf(t, "label", "category");
      const byCode = opts.task === "binary" ? binaryCodes(t, "label", c.label) : classes.label;
      byRow = (row2) => byCode[col2.codes[row2]];
    }
    label = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const lb = byRow(pairB[k]);
      const lc = byRow(pairC[k]);
      if (lb === lb && lc === lc && lb !== lc) {
        throw errorAt(
          t,
          pairC[k],
          c.label,
          `request ${showValue(requestIds[k])} has label ${show2(lc)} here but ${show2(lb)} in its ${opts.models.baseline} row (${rowRef(t, pairB[k])}); both rows of a request must carry the same label`
        );
      }
      const l = lb === lb ? lb : lc;
      label[k] = l;
      if (l === l) labels.fromLog++;
    }
  }
  if (file !== null) {
    labels.files = file.files;
    labels.fileRows = file.n;
    label ??= new Float64Array(n).fill(NaN);
    let matched = 0;
    for (let k = 0; k < n; k++) {
      const j = file.ids.get(requestIds[k]);
      if (j === -1) continue;
      matched++;
      const v = file.names !== null ? classes.byName.get(file.names[j]) : file.values[j];
      const l = label[k];
      if (l === l && l !== v) {
        throw errorAt(
          file.table,
          j,
          c.label,
          `request ${showValue(requestIds[k])} has label ${show2(v)} here but ${show2(l)} in the shadow log (${rowRef(t, pairB[k])}); the two must agree`
        );
      }
      if (l !== l) {
        label[k] = v;
        labels.fromFile++;
      }
    }
    labels.fileUnmatched = file.n - matched;
  }
  if (label) {
    for (let k = 0; k < n; k++) if (label[k] === label[k]) labels.labelled++;
  }
  return { label, labels };
}

// src/shadow/psi.ts
var PSI_BINS = 10;
var PSI_EPSILON = 1e-4;
function psi(baseline, candidate) {
  let B2 = 0;
  let C3 = 0;
  for (let k = 0; k < baseline.length; k++) {
    B2 += baseline[k];
    C3 += candidate[k];
  }
  if (!(B2 > 0 && C3 > 0)) return NaN;
  let out = 0;
  for (let k = 0; k < baseline.length; k++) {
    const b = Math.max(baseline[k] / B2, PSI_EPSILON);
    const c = Math.max(candidate[k] / C3, PSI_EPSILON);
    out += (c - b) * Math.log(c / b);
  }
  return out;
}
function binOf(edges, start, count2, x) {
  let lo = 0;
  let hi = count2;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edges[start + mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function scorePsiBySegment(data, segmentation) {
  const S = segmentation.segments.length;
  const out = new Float64Array(S).fill(NaN);
  const sB = data.baseline.score;
  const sC = data.candidate.score;
  if (!sB || !sC) return out;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const keep = [];
  for (let k = 0; k < data.n; k++) {
    if (sB[k] !== sB[k] || sC[k] !== sC[k]) continue;
    if (eB && eB[k] || eC && eC[k]) continue;
    keep.push(k);
  }
  const m = keep.length;
  const rows = Int32Array.from(keep);
  const a = new Float64Array(m);
  const c = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    a[j] = sB[rows[j]];
    c[j] = sC[rows[j]];
  }
  const order = argsortFloat64(a);
  const E = PSI_BINS - 1;
  const edges = new Float64Array(S * E);
  const edgeCount = new Int32Array(S);
  const countB = new Float64Array(S * PSI_BINS);
  const countC = new Float64Array(S * PSI_BINS);
  for (const dim of segmentation.dimensions) {
    const segOf = segmentsOf(dim.rowSegment, rows);
    const g = groupBySegment(order, segOf, S);
    for (let s = 0; s < S; s++) {
      const cnt = g.count[s];
      if (cnt === 0) continue;
      let e = 0;
      for (let j = 1; j < PSI_BINS; j++) {
        const q = quantileOfOrder(a, g.items, g.start[s], cnt, j / PSI_BINS);
        if (e === 0 || q > edges[s * E + e - 1]) edges[s * E + e++] = q;
      }
      edgeCount[s] = e;
    }
    for (let j = 0; j < m; j++) {
      const s = segOf[j];
      countB[s * PSI_BINS + binOf(edges, s * E, edgeCount[s], a[j])]++;
      countC[s * PSI_BINS + binOf(edges, s * E, edgeCount[s], c[j])]++;
    }
  }
  for (let s = 0; s < S; s++) {
    out[s] = psi(countB.subarray(s * PSI_BINS, (s + 1) * PSI_BINS), countC.subarray(s * PSI_BINS, (s + 1) * PSI_BINS));
  }
  return out;
}

// src/shadow/sums.ts
var SUM = {
  REQUESTS: 0,
  COST_B: 1,
  COST_C: 2,
  /** Sum of (candidate - baseline) cost, and of its square. */
  COST_D: 3,
  COST_D2: 4,
  ERR_B: 5,
  ERR_C: 6,
  /** Requests where only the candidate failed / only the baseline failed. */
  ONLY_C: 7,
  ONLY_B: 8,
  AGREE_N: 9,
  AGREE: 10,
  WIDTH: 11
};
function shadowSums(data, segmentation) {
  const S = segmentation.segments.length;
  const n = data.n;
  const cells = buildCells(
    segmentation.dimensions.map((d) => d.rowSegment),
    n,
    S
  );
  const W = SUM.WIDTH;
  const acc = new Float64Array(cells.count * W);
  const cellOf = cells.ofRow;
  const cB = data.baseline.cost;
  const cC = data.candidate.cost;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  for (let k = 0; k < n; k++) {
    const o = cellOf[k] * W;
    acc[o + SUM.REQUESTS] += 1;
    if (cB && cC) {
      const d = cC[k] - cB[k];
      acc[o + SUM.COST_B] += cB[k];
      acc[o + SUM.COST_C] += cC[k];
      acc[o + SUM.COST_D] += d;
      acc[o + SUM.COST_D2] += d * d;
    }
    const fb = eB ? eB[k] : 0;
    const fc = eC ? eC[k] : 0;
    acc[o + SUM.ERR_B] += fb;
    acc[o + SUM.ERR_C] += fc;
    acc[o + SUM.ONLY_C] += fc & (fb ^ 1);
    acc[o + SUM.ONLY_B] += fb & (fc ^ 1);
    if (dB && dC && fb === 0 && fc === 0) {
      const x = dB[k];
      const y = dC[k];
      if (x === x && y === y) {
        acc[o + SUM.AGREE_N] += 1;
        if (x === y) acc[o + SUM.AGREE] += 1;
      }
    }
  }
  return foldCells(acc, W, cells, S);
}

// src/shadow/measure.ts
var NONE = { baseline: null, candidate: null };
var finite = (x) => Number.isFinite(x) ? x : null;
function measureShadow(data, segmentation, opts) {
  const S = segmentation.segments.length;
  const latency = measureLatency(data, segmentation, opts);
  const sums = shadowSums(data, segmentation);
  const psi2 = opts.metrics.includes("score_psi") ? scorePsiBySegment(data, segmentation) : null;
  const hasCost = data.baseline.cost !== null && data.candidate.cost !== null;
  const hasError = data.baseline.error !== null && data.candidate.error !== null;
  const W = SUM.WIDTH;
  const segments = [];
  const stats = [];
  for (let s = 0; s < S; s++) {
    const at = (f) => sums[s * W + f];
    const n = at(SUM.REQUESTS);
    const values = {};
    for (const metric of opts.metrics) {
      let v = NONE;
      const q = LATENCY_QUANTILES[metric];
      if (q !== void 0) {
        const j = PERCENTILES.indexOf(q);
        if (latency.count[s] > 0) v = { baseline: latency.baseline[s * 3 + j], candidate: latency.candidate[s * 3 + j] };
      } else if (n > 0) {
        switch (metric) {
          case "cost_per_1k":
            if (hasCost) v = { baseline: 1e3 * at(SUM.COST_B) / n, candidate: 1e3 * at(SUM.COST_C) / n };
            break;
          case "error_rate":
            if (hasError) v = { baseline: at(SUM.ERR_B) / n, candidate: at(SUM.ERR_C) / n };
            break;
          case "agreement":
            if (at(SUM.AGREE_N) > 0) v = { baseline: null, candidate: at(SUM.AGREE) / at(SUM.AGREE_N) };
            break;
          case "score_psi":
            v = { baseline: null, candidate: psi2 ? finite(psi2[s]) : null };
            break;
        }
      }
      values[metric] = v;
    }
    segments.push({ segment: segmentation.segments[s], n, weight: n, positives: null, values });
    stats.push({
      requests: n,
      latencyRequests: latency.count[s],
      cost: hasCost ? { n, sum: at(SUM.COST_D), sumSq: at(SUM.COST_D2) } : null,
      errors: hasError ? { n, only1: at(SUM.ONLY_C), only2: at(SUM.ONLY_B) } : null
    });
  }
  return { segments, stats, latency };
}

// src/shadow/online.ts
var SCORE_METRICS = /* @__PURE__ */ new Set(["auc", "pr_auc", "log_loss", "brier", "ece"]);
function onlineMetrics(metrics, task, hasScores, scoreColumn = "score") {
  const out = {};
  const skipped = [];
  for (const [name2, m] of Object.entries(metrics)) {
    const { base, arg } = splitMetricName(name2);
    if (base === "mean" && arg !== null) skipped.push(`${name2}: measured on the eval files only`);
    else if (task === "binary" && SCORE_METRICS.has(name2) && !hasScores) skipped.push(`${name2}: the shadow log has no ${scoreColumn} column`);
    else out[name2] = m;
  }
  return { metrics: out, skipped };
}
function onlineEvalData(data, task) {
  const { label } = data;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  if (!label || !dB || !dC) return null;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const keep = [];
  for (let k = 0; k < data.n; k++) {
    if (label[k] !== label[k] || dB[k] !== dB[k] || dC[k] !== dC[k]) continue;
    if (eB && eB[k] || eC && eC[k]) continue;
    keep.push(k);
  }
  const n = keep.length;
  if (n === 0) return null;
  const rows = Int32Array.from(keep);
  const pick = (a) => {
    const out = new Float64Array(n);
    if (a === null) return out.fill(NaN);
    for (let j = 0; j < n; j++) out[j] = a[rows[j]];
    return out;
  };
  let lab = pick(label);
  let decB = pick(dB);
  let decC = pick(dC);
  let classes = [];
  if (task === "multiclass") {
    const used = new Uint8Array(data.classes.length);
    for (const a of [lab, decB, decC]) for (let j = 0; j < n; j++) used[a[j]] = 1;
    const recode = new Float64Array(data.classes.length).fill(-1);
    data.classes.forEach((name2, code) => {
      if (!used[code]) return;
      recode[code] = classes.length;
      classes.push(name2);
    });
    const apply = (a) => a.map((x) => recode[x]);
    lab = apply(lab);
    decB = apply(decB);
    decC = apply(decC);
  }
  const outputs = (decision, score2) => ({
    decision,
    score: task === "regression" ? decision : pick(score2)
  });
  return {
    n,
    label: lab,
    classes,
    weight: null,
    baseline: outputs(decB, data.baseline.score),
    candidate: outputs(decC, data.candidate.score),
    segments: data.segments.map((col2) => {
      const remap = new Int32Array(col2.values.length).fill(-1);
      const values = [];
      const codes = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        const old = col2.codes[rows[j]];
        if (remap[old] === -1) {
          remap[old] = values.length;
          values.push(col2.values[old]);
        }
        codes[j] = remap[old];
      }
      return { name: col2.name, codes, values };
    }),
    numeric: {},
    integrity: {
      baselineRows: n,
      candidateRows: n,
      matched: n,
      onlyBaseline: 0,
      onlyCandidate: 0,
      coverage: 1,
      examplesOnlyBaseline: [],
      examplesOnlyCandidate: []
    },
    files: { baseline: data.files, candidate: data.files }
  };
}
function onlineSeed(seed) {
  const s = hashString(`online|${seed}`);
  return s === seed >>> 0 ? (s ^ 1) >>> 0 : s;
}
function onlineStatsConfig(config) {
  return { ...config, statistics: { ...config.statistics, seed: onlineSeed(config.statistics.seed) } };
}

// src/shadow/run.ts
var untimed = async (_stage, f) => f();
function withValueForMoneyMetric(config) {
  const metric = config.shadow?.valueForMoney?.metric;
  if (!metric || metric in config.metrics) return config;
  const info2 = lookupMetric(metric, config.task);
  if (!info2) return config;
  const mc = { rule: { severity: "fail" }, direction: info2.direction };
  return { ...config, metrics: { ...config.metrics, [metric]: mc } };
}
function needs(shadow, defaulted) {
  const where = defaulted ? "the default shadow envelope (no shadow section in the config)" : "shadow.envelope";
  const has = (m) => m in shadow.envelope;
  const out = {};
  if (has("cost_per_1k")) out.cost = `cost_per_1k is in ${where}`;
  else if (shadow.valueForMoney) out.cost = "shadow.value_for_money is set";
  if (has("error_rate")) out.error = `error_rate is in ${where}`;
  if (has("agreement")) out.decision = `agreement is in ${where}`;
  if (has("score_psi")) out.score = `score_psi is in ${where}`;
  return out;
}
async function runShadow(req, offline, time = untimed) {
  const config = withValueForMoneyMetric(req.config);
  const shadow = config.shadow ?? defaultShadowConfig();
  const data = await time(
    "shadow read",
    () => readShadowLog({
      shadow: req.shadow,
      labels: req.labels,
      columns: config.columns,
      task: config.task,
      threshold: config.threshold,
      models: shadow.models,
      pricing: shadow.pricing,
      needs: needs(shadow, config.shadow === null)
    })
  );
  const segmentation = await time("shadow segment", () => buildSegmentation(data.n, data.segments, config.segments.cross));
  const view = envelopeConfig(config, shadow);
  const metrics = [.../* @__PURE__ */ new Set([...Object.keys(shadow.envelope), "cost_per_1k", "error_rate"])];
  const measured = await time(
    "shadow measure",
    () => measureShadow(data, segmentation, {
      metrics,
      wantsBootstrap: bootstrapWanted(view, segmentation),
      resamples: config.statistics.resamples,
      seed: config.statistics.seed
    })
  );
  const pending = await time("shadow judge", () => judgeEnvelope(config, shadow, measured));
  const fixed2 = [requestCoverageCheck(data.integrity, shadow.models, config.integrity.minCoverage)];
  const online = onlineMetrics(config.metrics, config.task, data.baseline.score !== null && data.candidate.score !== null, config.columns.score);
  let onlineRequests = 0;
  const onlinePending = [];
  if (data.labels.labelled > 0) {
    const ev = onlineEvalData(data, config.task);
    if (ev && Object.keys(online.metrics).length > 0) {
      onlineRequests = ev.n;
      const onlineConfig = { ...config, metrics: online.metrics };
      const seg = buildSegmentation(ev.n, ev.segments, config.segments.cross);
      const m = await time("online measure", () => measureOffline(ev, seg, online.metrics, config.task));
      const tester = await time("online stats", () => buildChangeTester(ev, seg, m, onlineStatsConfig(onlineConfig)));
      onlinePending.push(...judgeSegments({ config: onlineConfig, measured: m, source: "online", tester }));
    }
  }
  pending.push(...onlinePending);
  const vfm = liftAndCost(config, shadow, measured, data, [...offline, ...onlinePending]);
  if (shadow.valueForMoney) pending.push(valueForMoneyCheck(shadow.valueForMoney, vfm, data.n));
  return {
    pending,
    fixed: fixed2,
    segments: segmentation.segments,
    input: { files: data.files, rows: data.integrity.rows },
    requests: data.n,
    summary: summarize(data, shadow, measured, onlineRequests, online.skipped, vfm)
  };
}
function liftAndCost(config, shadow, measured, data, checks) {
  const overall = measured.segments[0].values;
  const cost = overall.cost_per_1k;
  if (!shadow.valueForMoney && (data.baseline.cost === null || cost?.baseline == null)) return null;
  const names = shadow.valueForMoney ? [shadow.valueForMoney.metric] : Object.keys(config.metrics);
  for (const source of ["offline", "online"]) {
    for (const metric of names) {
      const c = checks.find((p) => p.check.source === source && p.check.metric === metric && p.check.segment === "overall")?.check;
      if (!c || c.baseline === null || c.candidate === null) continue;
      const direction = config.metrics[metric]?.direction ?? lookupMetric(metric, config.task)?.direction ?? "higher";
      const j = PERCENTILES.indexOf(0.99);
      const p99 = measured.latency.count[0] > 0 ? change(measured.latency.baseline[j], measured.latency.candidate[j]) : null;
      return valueForMoney(
        { metric, source, baseline: c.baseline, candidate: c.candidate, direction },
        cost?.baseline != null && cost.candidate != null ? change(cost.baseline, cost.candidate) : null,
        p99
      );
    }
  }
  return null;
}
function summarize(data, shadow, measured, onlineRequests, skipped, vfm) {
  const { latency } = measured;
  const overall = measured.segments[0].values;
  const percentiles = (a) => ({ p50: a[PERCENTILES.indexOf(0.5)], p95: a[PERCENTILES.indexOf(0.95)], p99: a[PERCENTILES.indexOf(0.99)] });
  const cost = overall.cost_per_1k;
  const err = overall.error_rate;
  return {
    requests: data.n,
    models: { ...shadow.models },
    latency: latency.count[0] > 0 ? { requests: latency.count[0], baseline: percentiles(latency.baseline), candidate: percentiles(latency.candidate) } : null,
    cost_per_1k: cost?.baseline != null && cost.candidate != null && data.costSource !== null ? { ...change(cost.baseline, cost.candidate), source: data.costSource } : null,
    error_rate: err?.baseline != null && err.candidate != null ? change(err.baseline, err.candidate) : null,
    labels: {
      labelled: data.labels.labelled,
      coverage: data.n > 0 ? data.labels.labelled / data.n : 0,
      from_log: data.labels.fromLog,
      from_file: data.labels.fromFile,
      file_rows: data.labels.fileRows,
      file_unmatched: data.labels.fileUnmatched,
      online_requests: onlineRequests,
      skipped_metrics: data.labels.labelled > 0 ? skipped : []
    },
    value_for_money: vfm
  };
}

// src/pipeline.ts
async function runGate(req, timings = {}) {
  const config = req.shadow !== null && req.config.shadow === null ? { ...req.config, shadow: defaultShadowConfig() } : req.config;
  if (req.baselineEval === null !== (req.candidateEval === null)) {
    throw new UsageError(
      `${req.baselineEval === null ? "candidate-eval" : "baseline-eval"} is given without ${req.baselineEval === null ? "baseline-eval" : "candidate-eval"}: the offline comparison needs both files.`
    );
  }
  if (req.labels !== null && req.shadow === null) {
    throw new UsageError("labels is given without shadow: the labels are joined onto the shadow log by request id.");
  }
  if (req.baselineEval === null && req.shadow === null) {
    throw new UsageError("nothing to compare: give baseline-eval and candidate-eval, or shadow, or both.");
  }
  const pending = [];
  const fixed2 = [];
  const seen = [];
  let shadowSummary = null;
  const inputs = { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null };
  const distributions = { offline: null };
  const time = async (stage, f) => {
    const t0 = performance.now();
    const out = await f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };
  if (req.baselineEval !== null && req.candidateEval !== null) {
    const numericColumns = Object.keys(config.metrics).map(splitMetricName).filter((m) => m.base === "mean" && m.arg !== null).map((m) => m.arg);
    const data = await time(
      "read",
      () => readEvalPair({
        baseline: req.baselineEval,
        candidate: req.candidateEval,
        columns: config.columns,
        task: config.task,
        threshold: config.threshold,
        numericColumns
      })
    );
    inputs.baseline_eval = { files: data.files.baseline, rows: data.integrity.baselineRows };
    inputs.candidate_eval = { files: data.files.candidate, rows: data.integrity.candidateRows };
    inputs.examples = data.n;
    const segmentation = await time("segment", () => buildSegmentation(data.n, data.segments, config.segments.cross));
    const offlineConfig = withValueForMoneyMetric(config);
    const rows = new RowCache(data, segmentation);
    const measured = await time("measure", () => measureOffline(data, segmentation, offlineConfig.metrics, config.task, rows));
    fixed2.push(coverageCheck(data.integrity, config.integrity.minCoverage));
    seen.push(...segmentation.segments);
    const tester = await time("stats", () => buildChangeTester(data, segmentation, measured, offlineConfig, rows));
    pending.push(...await time("judge", () => judgeSegments({ config: offlineConfig, measured, source: "offline", tester })));
    distributions.offline = await time("distributions", () => scoreDistribution(data.baseline.score, data.candidate.score, config.task));
  }
  if (req.shadow !== null) {
    const shadow = await runShadow({ config, shadow: req.shadow, labels: req.labels }, pending, time);
    inputs.shadow = shadow.input;
    inputs.requests = shadow.requests;
    fixed2.push(...shadow.fixed);
    seen.push(...shadow.segments);
    pending.push(...shadow.pending);
    shadowSummary = shadow.summary;
  }
  fixed2.push(...unmatchedOverrides(config, seen));
  const checks = [...fixed2, ...decide(pending, config.statistics)];
  const counts = countChecks(checks);
  return {
    schema: "model-release-gate/report@1",
    name: req.name,
    verdict: verdictOf(counts),
    counts,
    checks,
    inputs,
    config: effectiveConfig(config),
    run: req.run,
    override: null,
    generated_at: (req.now ?? (() => /* @__PURE__ */ new Date()))().toISOString(),
    distributions,
    shadow: shadowSummary
  };
}

// src/report/markdown.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/report/budget.ts
var RULE = /^(max_drop|max_increase|min|max) (\S+)$/;
function allowanceOf(c) {
  const m = c.rule === null ? null : RULE.exec(c.rule);
  const amount = m ? parseAmount(m[2]) : null;
  if (!m || !amount || c.candidate === null || !Number.isFinite(c.candidate)) return null;
  const cand = c.candidate;
  if (m[1] === "max_drop" || m[1] === "max_increase") {
    if (c.baseline === null || !Number.isFinite(c.baseline)) return null;
    const higher = c.higher_is_better ?? m[1] === "max_drop";
    const worse = worsening(c.metric, higher ? "higher" : "lower", c.baseline, cand);
    const allowed = toleranceAmount(toTolerance(amount), c.baseline);
    const used2 = allowed > 0 ? Math.max(0, worse) / allowed : worse > EPSILON ? Infinity : 0;
    return { kind: "change", used: used2, limit: allowed, worse };
  }
  const limit = amount.scaled;
  if (m[1] === "max") {
    const used2 = limit > 0 ? Math.max(0, cand) / limit : cand > limit + EPSILON ? Infinity : 0;
    return { kind: "max", used: used2, limit, worse: null };
  }
  const used = limit > 0 && cand > 0 ? limit / cand : cand < limit - EPSILON ? Infinity : 0;
  return { kind: "min", used, limit, worse: null };
}
function worstFirst(checks) {
  const keyed = checks.map((c, i) => ({ c, i, used: allowanceOf(c)?.used ?? -1 }));
  keyed.sort(
    (a, b) => Number(b.c.source === "integrity") - Number(a.c.source === "integrity") || (b.used === a.used ? 0 : b.used > a.used ? 1 : -1) || (a.c.p_adjusted ?? 2) - (b.c.p_adjusted ?? 2) || a.i - b.i
  );
  return keyed.map((k) => k.c);
}
function formatUsed(used) {
  if (!(used < 10)) return ">999%";
  return `${formatCount(used * 100)}%`;
}
function textBar(used, width = 10) {
  const filled = used >= 1 ? width : Math.max(0, Math.floor(used * width));
  return "\u2588".repeat(filled) + "\u2591".repeat(width - filled);
}

// src/report/escape.ts
var ZWSP = "\u200B";
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb]|\udb40[\udc00-\udfff]/g;
function revealInvisible(s) {
  return s.replace(INVISIBLE, (c) => `\u27E8U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}\u27E9`);
}
function truncate(s, max) {
  if (s.length <= max) return s;
  let end2 = Math.max(0, max - 1);
  const code = s.charCodeAt(end2 - 1);
  if (code >= 55296 && code <= 56319) end2--;
  return `${s.slice(0, end2)}\u2026`;
}
function plain(s, max) {
  return truncate(
    revealInvisible(
      s.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
    ),
    max
  );
}
function escapeText(s, opts = {}) {
  return plain(s, opts.max ?? 300).replace(/@/g, `@${ZWSP}`).replace(/#/g, `#${ZWSP}`).replace(/\b(gh)(?=-)/gi, `$1${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_{}[\]()!|~+=^$-]/g, (c) => `\\${c}`);
}
function escapeNumber(s) {
  return s.replace(/\$/g, "\\$").replace(/</g, "&lt;");
}
function escapeHtml(s, opts = {}) {
  const clean2 = revealInvisible(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ""));
  return truncate(clean2, opts.max ?? Infinity).replace(/[&<>"']/g, (c) => HTML[c]);
}
function mermaidText(s, max = 28) {
  return truncate(plain(s, 1e4).replace(/[^\p{L}\p{N} =&._+/:()[\]',!-]/gu, "?"), max);
}
function codeBlock(body, lang = "") {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${body.replace(/\n$/, "")}
${fence}`;
}

// src/report/links.ts
function safeUrl(raw) {
  if (typeof raw !== "string" || raw.length > 2e3) return null;
  let u;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  if (u.username || u.password) return null;
  return u.href.replace(/[()<>"'`\\\s[\]|*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function shortSha(report) {
  const sha = report.run?.commit;
  return typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : null;
}
function commitUrl(report) {
  const sha = report.run?.commit;
  const repo = report.run?.repository;
  const run = runUrl(report);
  if (!run || typeof sha !== "string" || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  if (typeof repo !== "string" || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) return null;
  return `${new URL(run).origin}/${repo}/commit/${sha.toLowerCase()}`;
}
function runUrl(report) {
  const url = safeUrl(report.run?.url);
  return url && /^https?:\/\/[^/]+\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/.test(url) ? url : null;
}
function artifactUrl(report) {
  const run = runUrl(report);
  const url = safeUrl(report.artifact?.url);
  return run && url && url.startsWith(`${run}/artifacts/`) && /^\d+$/.test(url.slice(run.length + 11)) ? url : null;
}
function fullReportLink(report) {
  const artifactUrl_ = artifactUrl(report);
  const runUrl_ = runUrl(report);
  const raw = report.artifact?.name;
  const name2 = typeof raw === "string" && raw !== "" ? escapeText(raw, { max: 120 }) : null;
  if (artifactUrl_) return { markdown: `[full report](${artifactUrl_}) (artifact ${name2 ?? "of the run"})`, url: artifactUrl_ };
  if (runUrl_ && name2) return { markdown: `[full report](${runUrl_}) (artifact ${name2} of the run)`, url: runUrl_ };
  if (runUrl_) return { markdown: `[workflow run](${runUrl_}) (report.json, report.html)`, url: runUrl_ };
  return { markdown: "full report (report.html and report.json in the report directory)", url: null };
}

// src/report/mdtable.ts
var DELIMITER = { l: ":-", c: ":-:", r: "-:" };
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function tableHead(headers, align) {
  return `${tableRow(headers)}
| ${headers.map((_, i) => DELIMITER[align[i] ?? "l"]).join(" | ")} |`;
}
function fitTable(head, rows, budget, more) {
  let size = head.length;
  for (const r of rows) size += 1 + r.length;
  if (size <= budget) return { text: [head, ...rows].join("\n"), shown: rows.length };
  let used = head.length;
  let shown = 0;
  while (shown < rows.length) {
    const next = used + 1 + rows[shown].length;
    if (next + 2 + more(rows.length - shown - 1).length > budget) break;
    used = next;
    shown++;
  }
  if (shown === 0) return { text: more(rows.length), shown: 0 };
  return { text: `${[head, ...rows.slice(0, shown)].join("\n")}

${more(rows.length - shown)}`, shown };
}

// src/report/segmentChanges.ts
function mainMetric(report) {
  const configured = report.config?.metrics;
  const first = configured && typeof configured === "object" ? Object.keys(configured)[0] : void 0;
  if (first !== void 0 && report.checks.some((c2) => c2.source === "offline" && c2.metric === first)) {
    return { source: "offline", metric: first };
  }
  const c = report.checks.find((x) => x.source !== "integrity");
  return c ? { source: c.source, metric: c.metric } : null;
}
function metricsOf(report, source) {
  const seen = /* @__PURE__ */ new Set();
  for (const c of report.checks) if (c.source === source) seen.add(c.metric);
  return [...seen];
}
function changeUnit(metric) {
  const u = metricUnit(metric);
  return u === "%" ? "pp" : u === "ms" || u === "$" ? "%" : "";
}
function toChangeUnits(metric, amount, baseline) {
  const unit = changeUnit(metric);
  if (unit === "pp") return amount * 100;
  if (unit === "%") return baseline === null || baseline === 0 ? null : amount / Math.abs(baseline) * 100;
  return amount;
}
function segmentChanges(report, ref) {
  const bySegment = /* @__PURE__ */ new Map();
  for (const c of report.checks) {
    if (c.source !== ref.source || c.metric !== ref.metric || c.status === "insufficient") continue;
    if (c.baseline === null || c.candidate === null) continue;
    const prev = bySegment.get(c.segment);
    const isChange = /^max_(drop|increase) /.test(c.rule ?? "");
    if (!prev || isChange && !/^max_(drop|increase) /.test(prev.rule ?? "")) bySegment.set(c.segment, c);
  }
  const out = [];
  for (const c of bySegment.values()) {
    const a = allowanceOf(c);
    const higher = c.higher_is_better ?? true;
    const rawWorse = a?.worse ?? worsening(c.metric, higher ? "higher" : "lower", c.baseline, c.candidate);
    const worse = toChangeUnits(c.metric, rawWorse, c.baseline);
    if (worse === null || !Number.isFinite(worse)) continue;
    const allowed = a?.kind === "change" ? toChangeUnits(c.metric, a.limit, c.baseline) : null;
    out.push({ check: c, worse, allowed });
  }
  return out;
}
function chartSelection(changes, max) {
  const rank = (s) => s.check.segment === "overall" ? 0 : s.check.status === "fail" ? 1 : 2;
  return [...changes].sort((a, b) => rank(a) - rank(b) || b.worse - a.worse).slice(0, max);
}

// src/report/mermaid.ts
var CHART_MAX_SEGMENTS = 20;
var init = (colors) => `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors.join(", ")}"}}}}%%`;
var GREY = "#8c959f";
var RED = "#cf222e";
var BLUE = "#0969da";
function numbers(xs, decimals) {
  return xs.map((x) => x === 0 ? "0" : x.toFixed(decimals)).join(", ");
}
function chartLabels(report, segments) {
  const cols = report.config?.columns?.segments;
  const columns = Array.isArray(cols) ? cols.filter((c) => typeof c === "string") : [];
  const short2 = (id) => {
    const col2 = columns.find((c) => id.startsWith(`${c}=`) && !id.slice(c.length + 1).includes("&"));
    return col2 === void 0 ? id : id.slice(col2.length + 1);
  };
  const middle = (s) => {
    const t = mermaidText(s, 1e4);
    return t.length <= 28 ? t : `${t.slice(0, 13)}\u2026${t.slice(-13)}`;
  };
  const first = segments.map((id) => middle(short2(id)));
  const counts = /* @__PURE__ */ new Map();
  for (const l of first) counts.set(l, (counts.get(l) ?? 0) + 1);
  return segments.map((id, i) => counts.get(first[i]) > 1 ? middle(id) : first[i]);
}
function deltaChart(report, maxSegments = CHART_MAX_SEGMENTS) {
  const ref = mainMetric(report);
  if (!ref) return null;
  const changes = segmentChanges(report, ref);
  if (changes.length < 2) return null;
  const shown = chartSelection(changes, maxSegments);
  const unit = changeUnit(ref.metric);
  const unitText = unit === "pp" ? "pp" : unit === "%" ? "% of baseline" : "metric units";
  const worse = shown.map((s) => Math.max(0, s.worse));
  if (!worse.some((w) => w > 0)) return null;
  const allowed = shown.map((s) => s.allowed);
  const hasAllowed = allowed.some((a) => a !== null);
  const top = Math.max(...worse, ...allowed.map((a) => a ?? 0));
  const scaleTop = top > 0 ? top * 1.1 : 1;
  const decimals = Math.min(10, Math.max(0, 3 - Math.floor(Math.log10(scaleTop))));
  const failed = shown.map((s, i) => s.check.status === "fail" ? worse[i] : 0);
  const others = shown.map((s, i) => s.check.status === "fail" ? 0 : worse[i]);
  const names = chartLabels(report, shown.map((s) => s.check.segment));
  const labels = shown.map((s, i) => `"${s.check.status === "fail" ? "\u2717 " : ""}${names[i]}"`);
  const metricLabel2 = mermaidText(ref.metric, 40);
  const anyFailed = failed.some((w, i) => w > 0 || shown[i].check.status === "fail");
  const colors = [...anyFailed ? [RED] : [], GREY, ...hasAllowed ? [BLUE] : []];
  const lines = [
    init(colors),
    "xychart-beta horizontal",
    `  title "${metricLabel2}: how much worse than the baseline"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "worse by (${unitText})" 0 --> ${scaleTop.toFixed(decimals)}`
  ];
  if (anyFailed) lines.push(`  bar [${numbers(failed, decimals)}]`);
  lines.push(`  bar [${numbers(others, decimals)}]`);
  if (hasAllowed) lines.push(`  line [${numbers(allowed.map((a) => Math.max(0, a ?? 0)), decimals)}]`);
  const of = changes.length > shown.length ? ` (the ${formatCount(shown.length)} of ${formatCount(changes.length)} segments to look at first)` : "";
  const caption = `${escapeText(ref.metric, { max: 80 })} (the first metric in the config) per segment${of}: bars show how much worse the candidate is (0 when it is better), red and \u2717 where a check failed${hasAllowed ? "; the line is the worsening the rule allows" : ""}.`;
  return { caption, block: codeBlock(lines.join("\n"), "mermaid") };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value2) {
  return value2.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row3.push(cell);
    }
    cellMatrix[rowIndex] = row3;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row2 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row2[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row3[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value2) {
  return value2 === null || value2 === void 0 ? "" : String(value2);
}
function toAlignment(value2) {
  const code = typeof value2 === "string" ? value2.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/envelope.ts
var STATUS = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail", insufficient: "\u2796 insufficient" };
var MAX_SEGMENT_ROWS = 20;
var MAX_SEGMENT_TEXT = 60;
function short(s) {
  return s.length > MAX_SEGMENT_TEXT ? `${s.slice(0, MAX_SEGMENT_TEXT - 1)}\u2026` : s;
}
function value(c, x) {
  if (c.metric === "value_for_money") return x === null ? "\u2013" : `${formatUsd(x)}/1k per pt`;
  return formatValue(c.metric, x);
}
function interval(c) {
  const unit = metricUnit(c.metric);
  if (c.ci && (unit === "ms" || unit === "$") && c.baseline !== null && c.baseline !== 0) {
    const base = c.baseline;
    const f = (x) => formatDelta(c.metric, x, base);
    return `[${f(c.ci[0])}, ${f(c.ci[1])}]`;
  }
  return formatInterval(c.metric, c.ci);
}
function row(c) {
  return [
    escapeText(short(c.segment)),
    escapeText(c.metric),
    c.rule === null ? "\u2013" : escapeText(c.rule),
    value(c, c.baseline),
    value(c, c.candidate),
    formatDelta(c.metric, c.delta, c.baseline),
    interval(c),
    STATUS[c.status]
  ];
}
function envelopeTable(checks) {
  const shadow = checks.filter((c) => c.source === "shadow");
  const overall = shadow.filter((c) => c.segment === "overall");
  const flagged = shadow.filter((c) => c.segment !== "overall" && (c.status === "fail" || c.status === "warn"));
  const shown = [...overall, ...flagged.slice(0, MAX_SEGMENT_ROWS)];
  const table = markdownTable([["segment", "metric", "budget", "baseline", "candidate", "delta", "interval", "status"], ...shown.map(row)], {
    alignDelimiters: false,
    align: ["l", "l", "l", "r", "r", "r", "r", "l"]
  });
  const more = flagged.length - MAX_SEGMENT_ROWS;
  return more > 0 ? `${table}

${formatCount(more)} more segment rows failed or warned; \`report.json\` has them all.` : table;
}
function mermaidNumber(x) {
  if (!Number.isFinite(x) || x <= 0) return "0";
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3);
}
function axisMax(x) {
  if (!(x > 0)) return 1;
  const target = x * 1.1;
  const step = 10 ** Math.floor(Math.log10(target));
  for (const k of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (k * step >= target) return k * step;
  return 10 * step;
}
function latencyChart(s) {
  if (!s.latency) return null;
  const { baseline: b, candidate: c } = s.latency;
  const keys = ["p50", "p95", "p99"];
  const values = keys.flatMap((k) => [b[k], c[k]]);
  if (!values.every(Number.isFinite)) return null;
  const max = axisMax(Math.max(...values));
  const categories = keys.flatMap((k) => [`"${k} baseline"`, `"${k} candidate"`]).join(", ");
  const base = keys.flatMap((k) => [mermaidNumber(b[k]), "0"]).join(", ");
  const cand = keys.flatMap((k) => ["0", mermaidNumber(c[k])]).join(", ");
  return [
    "```mermaid",
    "xychart-beta",
    '    title "Latency percentiles, overall"',
    `    x-axis [${categories}]`,
    `    y-axis "ms" 0 --> ${mermaidNumber(max)}`,
    `    bar "baseline" [${base}]`,
    `    bar "candidate" [${cand}]`,
    "```"
  ].join("\n");
}
function labelsLine(s) {
  const l = s.labels;
  if (l.labelled === 0 && l.file_rows === null) return null;
  const pct2 = (x) => `${(x * 100).toFixed(x < 1e-3 && x > 0 ? 2 : 1)}%`;
  const parts = [`${formatCount(l.labelled)} of ${formatCount(s.requests)} requests labelled (${pct2(l.coverage)})`];
  if (l.from_file > 0 || l.file_rows !== null) parts.push(`${formatCount(l.from_file)} of them from the labels file`);
  if (l.file_unmatched) parts.push(`${formatCount(l.file_unmatched)} labels named no request served by both models`);
  const online = l.online_requests > 0 ? ` Online checks ran on the ${formatCount(l.online_requests)} labelled requests both models served.` : " No online checks ran.";
  const skipped = l.skipped_metrics.length ? ` Not measured online: ${l.skipped_metrics.map((x) => escapeText(x)).join("; ")}.` : "";
  return `**Labels:** ${parts.join("; ")}.${online}${skipped}`;
}
function envelopeSection(report) {
  const s = report.shadow;
  if (!s) return "";
  const out = [];
  const models = `${escapeText(s.models.candidate)} against ${escapeText(s.models.baseline)}`;
  out.push(`#### Serving envelope

Shadow run on ${formatCount(s.requests)} requests both models served (${models}).`);
  out.push(envelopeTable(report.checks));
  if (s.value_for_money) out.push(`**Value for money:** ${escapeText(valueForMoneyText(s.value_for_money))}.`);
  const labels = labelsLine(s);
  if (labels) out.push(labels);
  const chart2 = latencyChart(s);
  if (chart2) out.push(chart2);
  return out.join("\n\n");
}

// src/report/override.ts
var LISTED_CHECKS = 10;
function listIds(ids) {
  const shown = ids.slice(0, LISTED_CHECKS).map((id) => escapeText(id)).join(", ");
  return ids.length > LISTED_CHECKS ? `${shown} and ${ids.length - LISTED_CHECKS} more` : shown;
}
function overrideMarkdown(report) {
  const o = report.override;
  if (o) {
    const n = o.overridden_checks.length;
    return `\u{1F513} **Overridden** by ${escapeText(`@${o.actor}`)} (${escapeText(o.permission)}) with the label ${escapeText(o.label)}: it overrode ${n} failed check${n === 1 ? "" : "s"}${n ? `: ${listIds(o.overridden_checks)}` : ""}.`;
  }
  const r = report.override_refused;
  if (r) return `\u26D4 **The override label ${escapeText(r.label)} does not count**: ${escapeText(r.reason)}. The gate stays failed.`;
  return null;
}

// src/report/power.ts
var MAX_SEGMENTS = 12;
function formatWorsening(metric, x) {
  if (metricUnit(metric) === "%") {
    const p = x * 100;
    return `${p.toFixed(p < 0.1 ? 2 : 1)} pp`;
  }
  return formatNumber(x);
}
function worseningName(c) {
  if (c.metric === "bias") return "|bias| increases";
  return `${c.metric} ${c.higher_is_better ? "drops" : "increases"}`;
}
function isUnderpowered(c, minSamples) {
  if (c.status !== "pass" || c.detectable === null || c.n === null) return false;
  if (c.n < 10 * minSamples) return true;
  const tol = c.tolerance ?? null;
  return tol !== null && tol > 0 && c.detectable > 2 * tol;
}
function powerSentences(report) {
  const segments = report.config.segments ?? {};
  const minSamples = typeof segments.min_samples === "number" ? segments.min_samples : 200;
  const bySegment = /* @__PURE__ */ new Map();
  for (const c of report.checks) {
    if (!isUnderpowered(c, minSamples)) continue;
    const list = bySegment.get(c.segment) ?? [];
    list.push(c);
    bySegment.set(c.segment, list);
  }
  return [...bySegment.entries()].sort((a, b) => (a[1][0].n ?? 0) - (b[1][0].n ?? 0) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([segment, checks]) => {
    const parts = checks.map((c) => `${escapeText(worseningName(c))} under ${formatWorsening(c.metric, c.detectable)}`);
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
    return `${escapeText(segment)} (n=${formatCount(checks[0].n)}): ${list} could go unnoticed.`;
  });
}
function powerSection(report) {
  const sentences = powerSentences(report);
  if (sentences.length === 0) return null;
  const shown = sentences.slice(0, MAX_SEGMENTS).map((s) => `- ${s}`);
  if (sentences.length > MAX_SEGMENTS) shown.push(`- and ${formatCount(sentences.length - MAX_SEGMENTS)} more segments (report.json has every check's \`detectable\`).`);
  const n = sentences.length;
  return `<details><summary>\u{1F50E} Passing, but ${n === 1 ? "one segment is" : `${formatCount(n)} segments are`} too small to rule out a regression</summary>

The smallest worsening each test would catch 4 times in 5 at this sample size; smaller ones could pass unseen.

${shown.join("\n")}

</details>`;
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var SUMMARY_CHARS = Math.floor(1024 * 1024 / 3) - 1024;
var HEADLINE = {
  pass: "\u2705 may ship",
  warn: "\u26A0\uFE0F may ship, with warnings",
  fail: "\u274C blocked",
  overridden: "\u{1F513} failed, overridden"
};
var MARK = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", insufficient: "\u2796" };
function whole(id, priority, f) {
  return {
    id,
    priority,
    render: (ctx, budget) => {
      const text = f(ctx.report);
      return text.length <= budget ? text : "";
    }
  };
}
function plural(n, one, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
function folded(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function metricCell(c) {
  const m = escapeText(c.metric, { max: 80 });
  return c.source === "offline" ? m : `${m} (${c.source})`;
}
function deltaCell(c) {
  const text = escapeNumber(formatDelta(c.metric, c.delta, c.baseline));
  if (c.delta === null || c.baseline === null || c.candidate === null || c.higher_is_better === null) return text;
  const worse = worsening(c.metric, c.higher_is_better ? "higher" : "lower", c.baseline, c.candidate);
  if (Math.abs(worse) <= EPSILON || text.startsWith("\xB1")) return text;
  return `${text} ${worse > 0 ? "\u{1F534}" : "\u{1F7E2}"}`;
}
function ruleCell(c) {
  if (c.rule === null) return "\u2013";
  return `${escapeText(c.rule, { max: 80 })}${c.severity === "warn" ? " (advisory)" : ""}`;
}
var CHECK_HEAD = ["", "segment", "metric", "n", "baseline", "candidate", "delta", "interval", "p (adj.)", "rule"];
var CHECK_ALIGN = ["c", "l", "l", "r", "r", "r", "r", "r", "r", "l"];
function checkRow(c, withP) {
  const cells = [
    MARK[c.status],
    escapeText(c.segment, { max: 120 }),
    metricCell(c),
    c.n === null ? "\u2013" : formatCount(c.n),
    escapeNumber(formatValue(c.metric, c.baseline)),
    escapeNumber(formatValue(c.metric, c.candidate)),
    deltaCell(c),
    escapeNumber(formatInterval(c.metric, c.ci, c.baseline))
  ];
  if (withP) cells.push(escapeNumber(formatP(c.p_adjusted)));
  cells.push(ruleCell(c));
  return tableRow(cells);
}
function checkTable(checks, budget, more) {
  const withP = checks.some((c) => c.p_adjusted !== null);
  const head = withP ? CHECK_HEAD : CHECK_HEAD.filter((h2) => h2 !== "p (adj.)");
  const align = withP ? CHECK_ALIGN : CHECK_ALIGN.filter((_, i) => CHECK_HEAD[i] !== "p (adj.)");
  return fitTable(
    tableHead(head, align),
    checks.map((c) => checkRow(c, withP)),
    budget,
    more
  ).text;
}
function integrityNotes(checks, budget) {
  const lines = [];
  let size = 0;
  for (const c of checks.filter((x) => x.source === "integrity").slice(0, 10)) {
    const line = `- **${escapeText(c.metric, { max: 80 })}**: ${escapeText(c.message, { max: 500 })}`;
    if (size + line.length + 1 > budget) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}
function checkSection(ctx, checks, heading, what, budget) {
  if (checks.length === 0) return "";
  const more = (n) => `\u2026and ${plural(n, `more ${what}`)}, less severe than those above: see the ${ctx.fullReport}.`;
  const minimal = `${heading}

${plural(checks.length, what)}: they do not fit in this comment; see the ${ctx.fullReport}.`;
  const room = budget - heading.length - 2;
  if (room <= 0) return minimal;
  const table = checkTable(checks, room, more);
  if (!table.startsWith("|")) return minimal;
  let text = `${heading}

${table}`;
  const notes = integrityNotes(checks, budget - text.length - 2);
  if (notes) text += `

${notes}`;
  return text;
}
function title(ctx) {
  return `### Model gate ${escapeText(ctx.report.name, { max: 100 })}: ${HEADLINE[ctx.report.verdict] ?? escapeText(String(ctx.report.verdict))}`;
}
function filesText(files) {
  if (!files || files.length === 0) return "";
  const first = escapeText(files[0], { max: 80 });
  return files.length === 1 ? first : `${first} and ${plural(files.length - 1, "more file")}`;
}
function comparedLine(report) {
  const inputs = report.inputs ?? {};
  const amounts = [];
  if (typeof inputs.examples === "number") amounts.push(`**${plural(inputs.examples, "example")}** offline`);
  if (typeof inputs.requests === "number") amounts.push(`**${plural(inputs.requests, "request")}** in shadow`);
  const cand = filesText(inputs.candidate_eval?.files);
  const base = filesText(inputs.baseline_eval?.files);
  const which = cand && base ? `Candidate (${cand}) against baseline (${base})` : "Candidate against baseline";
  const sha = shortSha(report);
  const url = commitUrl(report);
  const commit = sha ? ` \xB7 commit ${url ? `[\`${sha}\`](${url})` : `\`${sha}\``}` : "";
  return `${which} on ${amounts.join(" and ") || "no data"}${commit}.`;
}
function verdictLines(ctx) {
  const { report } = ctx;
  const n = (k) => Number(report.counts?.[k] ?? 0);
  const lines = [
    `**${plural(n("fail"), "check")} failed** \xB7 ${plural(n("warn"), "warning")} \xB7 ${formatCount(n("pass"))} passed \xB7 ${formatCount(n("insufficient"))} with too little data`,
    comparedLine(report)
  ];
  const override = overrideMarkdown(report);
  if (override) lines.push(override);
  return lines.join("\n");
}
function failures(ctx, budget) {
  const failed = ctx.byStatus.fail;
  return checkSection(ctx, failed, `#### \u274C ${plural(failed.length, "failed check")}`, "failed check", budget);
}
function warnings(ctx, budget) {
  const warned = ctx.byStatus.warn;
  return checkSection(ctx, warned, `#### \u26A0\uFE0F ${plural(warned.length, "warning")}`, "warning", budget);
}
function budgets(ctx, budget) {
  const lines = /* @__PURE__ */ new Map();
  for (const c of ctx.report.checks) {
    if (c.status === "insufficient") continue;
    const a = allowanceOf(c);
    if (!a || a.kind === "min") continue;
    const key = `${c.source}\0${c.metric}\0${c.rule}`;
    let line = lines.get(key);
    if (!line) lines.set(key, line = { key, overall: null, worst: null, worstUsed: -1 });
    if (c.segment === "overall") line.overall = c;
    else if (a.used > line.worstUsed) {
      line.worst = c;
      line.worstUsed = a.used;
    }
  }
  if (lines.size === 0) return "";
  const anyUsed = [...lines.values()].some((l) => l.worstUsed > 0 || l.overall !== null && allowanceOf(l.overall).used > 0);
  if (!anyUsed) return "**Budgets used:** none; the candidate is no worse than the baseline under any rule that allows a worsening or sets a `max`.";
  const cell = (c) => {
    if (!c) return "\u2013";
    const used = allowanceOf(c).used;
    return `\`${textBar(used)}\` ${formatUsed(used)}${c.status === "fail" || c.status === "warn" ? ` ${MARK[c.status]}` : ""}`;
  };
  const rows = [...lines.values()].map(
    (l) => tableRow([
      metricCell(l.overall ?? l.worst),
      ruleCell(l.overall ?? l.worst),
      cell(l.overall),
      l.worst === null ? "\u2013" : l.worstUsed > 0 ? `${cell(l.worst)} ${escapeText(l.worst.segment, { max: 60 })}` : "none worse"
    ])
  );
  const heading = "#### Budgets used";
  const intro = "How much of each allowed worsening (or `max` limit) the candidate uses: 100% is the limit.";
  const table = fitTable(
    tableHead(["metric", "rule", "overall", "worst segment"], ["l", "l", "l", "l"]),
    rows,
    budget - heading.length - intro.length - 4,
    (n) => `\u2026and ${plural(n, "more rule")}: see the ${ctx.fullReport}.`
  );
  if (table.shown === 0) return "";
  return `${heading}

${intro}

${table.text}`;
}
function chart(report) {
  const c = deltaChart(report);
  return c ? `#### At a glance

${c.caption}

${c.block}` : "";
}
function insufficient(ctx, budget) {
  const checks = ctx.byStatus.insufficient;
  if (checks.length === 0) return "";
  const minimal = `\u2796 ${plural(checks.length, "check")} with too little data to judge: see the ${ctx.fullReport}.`;
  const rows = checks.map(
    (c) => tableRow([escapeText(c.segment, { max: 120 }), metricCell(c), ruleCell(c), c.n === null ? "\u2013" : formatCount(c.n), escapeText(c.message, { max: 200 })])
  );
  const summary = `\u2796 ${plural(checks.length, "check")} with too little data`;
  const wrap = folded(summary, "");
  const table = fitTable(
    tableHead(["segment", "metric", "rule", "n", "why"], ["l", "l", "l", "r", "l"]),
    rows,
    budget - wrap.length,
    (n) => `\u2026and ${formatCount(n)} more: see the ${ctx.fullReport}.`
  );
  return table.shown === 0 ? minimal : folded(summary, table.text);
}
function passing(ctx, budget) {
  const checks = ctx.report.checks.filter((c) => c.status === "pass");
  if (checks.length === 0) return "";
  const minimal = `\u2705 ${plural(checks.length, "passing check")}: see the ${ctx.fullReport}.`;
  const summary = `\u2705 ${plural(checks.length, "passing check")}`;
  const room = budget - folded(summary, "").length;
  const table = checkTable(checks, room, (n) => `\u2026and ${plural(n, "more passing check")}: see the ${ctx.fullReport}.`);
  return table.startsWith("|") ? folded(summary, table) : minimal;
}
function effectiveConfig2(report) {
  return folded("Effective config", codeBlock((0, import_yaml2.stringify)(report.config ?? {}), "yaml"));
}
function footer(ctx) {
  const at = typeof ctx.report.generated_at === "string" ? ` \xB7 ${escapeText(ctx.report.generated_at, { max: 40 })}` : "";
  return `<sub>model-release-gate \xB7 ${ctx.fullReport}${at}</sub>`;
}
var fixed = (id, f) => ({ id, priority: 0, render: (ctx) => f(ctx) });
var SECTIONS = [
  fixed("title", title),
  fixed("verdict", verdictLines),
  whole("envelope", 1, envelopeSection),
  { id: "failures", priority: 1, render: failures },
  { id: "warnings", priority: 2, render: warnings },
  // What the data could not tell: passing checks in small segments.
  whole("unnoticed", 3, (report) => powerSection(report) ?? ""),
  { id: "budgets", priority: 3, render: budgets },
  whole("chart", 4, chart),
  { id: "insufficient", priority: 5, render: insufficient },
  { id: "passing", priority: 6, render: passing },
  whole("config", 7, effectiveConfig2),
  fixed("footer", footer)
];
var SEP = "\n\n";
function joinedLength(parts) {
  let n = 0;
  let k = 0;
  for (const p of parts) {
    if (p === "") continue;
    n += p.length;
    k++;
  }
  return n + Math.max(0, k - 1) * SEP.length + 1;
}
function renderContext(report) {
  const byStatus = { pass: [], warn: [], fail: [], insufficient: [] };
  for (const c of report.checks) byStatus[c.status]?.push(c);
  for (const k of ["fail", "warn"]) byStatus[k] = worstFirst(byStatus[k]);
  return { report, byStatus, fullReport: fullReportLink(report).markdown };
}
function renderMarkdown(report, opts = {}) {
  const maxChars = Math.max(2e3, opts.maxChars ?? GITHUB_COMMENT_LIMIT);
  const ctx = renderContext(report);
  const parts = SECTIONS.map((s) => s.render(ctx, 0));
  const order = SECTIONS.map((_, i) => i).sort((a, b) => SECTIONS[a].priority - SECTIONS[b].priority || a - b);
  for (const i of order) {
    if (SECTIONS[i].priority === 0) continue;
    const without = parts.map((p, j) => j === i ? "" : p);
    const budget = maxChars - joinedLength(without) - SEP.length;
    const full = SECTIONS[i].render(ctx, budget);
    if (full.length <= Math.max(budget, parts[i].length)) parts[i] = full;
  }
  return `${parts.filter((p) => p !== "").join(SEP)}
`;
}

// src/reportFiles.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// src/report/html.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";

// src/report/svg.ts
var n2 = (x) => (Math.round(x * 100) / 100).toString();
function niceTicks(lo, hi, count2 = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count2;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return out;
}
function forestPlot(rows, unit, caption) {
  const W = 820;
  const labelW = 230;
  const right = 20;
  const rowH = 22;
  const top = 10;
  const axisH = 34;
  const H = top + rows.length * rowH + axisH;
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.value, r.ci?.[0], r.ci?.[1], r.boundary]) {
      if (v === void 0 || v === null || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (hi === lo) hi = lo + 1;
  const pad = (hi - lo) * 0.06;
  lo -= pad;
  hi += pad;
  const x = (v) => labelW + (v - lo) / (hi - lo) * (W - labelW - right);
  const parts = [];
  const ticks = niceTicks(lo, hi, 6);
  const plotBottom = top + rows.length * rowH;
  for (const t of ticks) {
    parts.push(`<line class="grid" x1="${n2(x(t))}" x2="${n2(x(t))}" y1="${top}" y2="${plotBottom}"/>`);
    parts.push(`<text class="tick" x="${n2(x(t))}" y="${plotBottom + 14}" text-anchor="middle">${escapeHtml(formatNumber(t))}</text>`);
  }
  parts.push(`<text class="axis" x="${n2(labelW + (W - labelW - right) / 2)}" y="${plotBottom + 30}" text-anchor="middle">${escapeHtml(caption)} (${escapeHtml(unit)})</text>`);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const mid = y + rowH / 2;
    if (i % 2 === 1) parts.push(`<rect class="band" x="0" y="${y}" width="${W}" height="${rowH}"/>`);
    const label = `${r.failed ? "\u2717 " : ""}${truncate(r.label, 34)}`;
    parts.push(`<text class="label${r.failed ? " failed" : ""}" x="${labelW - 8}" y="${mid + 4}" text-anchor="end"><title>${escapeHtml(r.label)}</title>${escapeHtml(label)}</text>`);
    const x0 = x(0);
    const xv = x(r.value);
    parts.push(`<rect class="bar ${r.tone}" x="${n2(Math.min(x0, xv))}" y="${y + 5}" width="${n2(Math.max(1, Math.abs(xv - x0)))}" height="${rowH - 10}"/>`);
    if (r.ci) {
      const [a, b] = [x(r.ci[0]), x(r.ci[1])];
      parts.push(`<path class="whisker" d="M${n2(a)} ${mid}H${n2(b)}M${n2(a)} ${mid - 4}V${mid + 4}M${n2(b)} ${mid - 4}V${mid + 4}"/>`);
    }
    if (r.boundary !== null && Number.isFinite(r.boundary)) {
      const xb = x(r.boundary);
      parts.push(`<line class="limit" x1="${n2(xb)}" x2="${n2(xb)}" y1="${y + 2}" y2="${y + rowH - 2}"/>`);
    }
  });
  parts.push(`<line class="zero" x1="${n2(x(0))}" x2="${n2(x(0))}" y1="${top}" y2="${plotBottom}"/>`);
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(caption)}">${parts.join("")}</svg>`;
}
function histogram(edges, baseline, candidate, xLabel) {
  const W = 820;
  const H = 260;
  const L = 56;
  const R = 16;
  const T = 14;
  const B2 = 46;
  const share = (xs) => {
    const total = xs.reduce((a, b2) => a + b2, 0) || 1;
    return xs.map((v) => v / total * 100);
  };
  const b = share(baseline);
  const c = share(candidate);
  const top = Math.max(1, ...b, ...c) * 1.08;
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const x = (v) => L + (v - lo) / (hi - lo || 1) * (W - L - R);
  const y = (v) => T + (1 - v / top) * (H - T - B2);
  const parts = [];
  for (const t of niceTicks(0, top, 4)) {
    parts.push(`<line class="grid" x1="${L}" x2="${W - R}" y1="${n2(y(t))}" y2="${n2(y(t))}"/>`);
    parts.push(`<text class="tick" x="${L - 6}" y="${n2(y(t) + 4)}" text-anchor="end">${escapeHtml(formatNumber(t))}%</text>`);
  }
  for (const t of niceTicks(lo, hi, 5)) {
    parts.push(`<text class="tick" x="${n2(x(t))}" y="${H - B2 + 16}" text-anchor="middle">${escapeHtml(formatNumber(t))}</text>`);
  }
  for (let i = 0; i < c.length; i++) {
    const x0 = x(edges[i]);
    const w = Math.max(0, x(edges[i + 1]) - x0 - 1);
    parts.push(`<rect class="hist candidate" x="${n2(x0 + 0.5)}" y="${n2(y(c[i]))}" width="${n2(w)}" height="${n2(y(0) - y(c[i]))}"><title>candidate ${escapeHtml(formatNumber(edges[i]))}\u2013${escapeHtml(formatNumber(edges[i + 1]))}: ${escapeHtml(formatNumber(c[i]))}%</title></rect>`);
  }
  let d = `M${n2(x(edges[0]))} ${n2(y(0))}`;
  for (let i = 0; i < b.length; i++) d += `V${n2(y(b[i]))}H${n2(x(edges[i + 1]))}`;
  d += `V${n2(y(0))}`;
  parts.push(`<path class="hist baseline" d="${d}"/>`);
  parts.push(`<line class="zero" x1="${L}" x2="${W - R}" y1="${n2(y(0))}" y2="${n2(y(0))}"/>`);
  parts.push(`<text class="axis" x="${n2(L + (W - L - R) / 2)}" y="${H - 10}" text-anchor="middle">${escapeHtml(xLabel)}</text>`);
  parts.push(legend(W - R - 250, T + 4));
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(`Distribution of ${xLabel}`)}">${parts.join("")}</svg>`;
}
function legend(x, y) {
  return `<rect class="hist baseline" x="${x}" y="${y}" width="14" height="10"/><text class="tick" x="${x + 20}" y="${y + 9}">baseline</text><rect class="hist candidate" x="${x + 100}" y="${y}" width="14" height="10"/><text class="tick" x="${x + 120}" y="${y + 9}">candidate</text>`;
}
function pairedBars(rows, axisLabel) {
  const W = 820;
  const labelW = 160;
  const R = 110;
  const groupH = 40;
  const T = 28;
  const H = T + rows.length * groupH + 10;
  const top = Math.max(1e-12, ...rows.flatMap((r) => [r.baseline ?? 0, r.candidate ?? 0])) * 1.05;
  const x = (v) => labelW + v / top * (W - labelW - R);
  const parts = [legend(labelW, 6)];
  rows.forEach((r, i) => {
    const y = T + i * groupH;
    parts.push(`<text class="label" x="${labelW - 8}" y="${y + 20}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    const bar = (v, cls, dy, text) => {
      if (v === null || !Number.isFinite(v)) return;
      const w = Math.max(1, x(Math.max(0, v)) - labelW);
      parts.push(`<rect class="hist ${cls}" x="${labelW}" y="${y + dy}" width="${n2(w)}" height="14"/>`);
      parts.push(`<text class="tick" x="${n2(labelW + w + 6)}" y="${y + dy + 11}">${escapeHtml(text)}</text>`);
    };
    bar(r.baseline, "baseline", 2, r.baselineText);
    bar(r.candidate, "candidate", 18, r.candidateText);
  });
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(axisLabel)}">${parts.join("")}</svg>`;
}
function budgetBar(used) {
  const W = 120;
  const fill = Math.max(0, Math.min(1, used)) * W;
  const cls = used > 1 ? "over" : used > 0.8 ? "near" : "ok";
  return `<svg class="budget" viewBox="0 0 ${W} 10" width="${W}" height="10" aria-hidden="true"><rect class="track" width="${W}" height="10"/><rect class="${cls}" width="${n2(fill)}" height="10"/></svg>`;
}

// src/report/html.ts
var HTML_CHART_SEGMENTS = 40;
var SEGMENT_TABLE_METRICS = 12;
var VERDICT = {
  pass: "\u2713 may ship",
  warn: "\u26A0\uFE0E may ship, with warnings",
  fail: "\u2717 blocked",
  overridden: "\u2717 failed, overridden"
};
var SYMBOL = { pass: "\u2713", warn: "\u26A0\uFE0E", fail: "\u2717", insufficient: "\u2013" };
var MARK2 = {
  pass: `<span class="mk pass" title="passed">${SYMBOL.pass}</span>`,
  warn: `<span class="mk warn" title="warning">${SYMBOL.warn}</span>`,
  fail: `<span class="mk fail" title="failed">${SYMBOL.fail}</span>`,
  insufficient: `<span class="mk insufficient" title="too little data">${SYMBOL.insufficient}</span>`
};
var STATUS_ORDER = { fail: 0, warn: 1, insufficient: 2, pass: 3 };
var h = (s) => escapeHtml(String(s ?? ""));
var plural2 = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
var CSS = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--red:#cf222e;--green:#1a7f37;--amber:#9a6700;--blue:#0969da;--grey:#8c959f}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--panel:#151b23;--line:#3d444d;--red:#f85149;--green:#3fb950;--amber:#d29922;--blue:#4493f8;--grey:#656c76}}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1320px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}h3{font-size:15px;margin:20px 0 6px}
.verdict{display:inline-block;font-size:18px;font-weight:600;padding:4px 12px;border-radius:6px;margin:4px 0 8px;background:var(--panel);border:1px solid var(--line)}
.verdict.fail,.verdict.overridden{color:var(--red);border-color:var(--red)}.verdict.warn{color:var(--amber);border-color:var(--amber)}.verdict.pass{color:var(--green);border-color:var(--green)}
.muted,.note{color:var(--muted)}.note{margin:4px 0 8px}
nav{margin:12px 0 0;display:flex;flex-wrap:wrap;gap:6px 16px}nav a{color:var(--blue);text-decoration:none}
a{color:var(--blue)}
.counts span{margin-right:14px}.counts b{font-size:16px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:6px 0 12px;font-variant-numeric:tabular-nums}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);white-space:nowrap}
td.nowrap{white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
td.msg{min-width:260px}
td.seg{min-width:180px;max-width:320px;overflow-wrap:anywhere}
tr.fail td{background:color-mix(in srgb,var(--red) 8%,transparent)}
tr.warn td{background:color-mix(in srgb,var(--amber) 8%,transparent)}
.worse{color:var(--red)}.better{color:var(--green)}
.mk{font-weight:700}.mk.fail{color:var(--red)}.mk.warn{color:var(--amber)}.mk.pass{color:var(--green)}.mk.insufficient{color:var(--muted)}
table.sortable th{cursor:pointer}table.sortable th[aria-sort=ascending]::after{content:" \u25B2"}table.sortable th[aria-sort=descending]::after{content:" \u25BC"}
pre{background:var(--panel);border:1px solid var(--line);padding:10px;overflow:auto;max-height:480px}
svg.chart{max-width:100%;height:auto;display:block;margin:6px 0 4px}
svg text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif}
svg text.tick{fill:var(--muted);font-size:11px}svg text.axis{fill:var(--muted)}svg text.failed{fill:var(--red);font-weight:600}
svg .grid{stroke:var(--line);stroke-width:1}svg .zero{stroke:var(--fg);stroke-width:1}
svg .band{fill:var(--panel)}
svg .bar.worse{fill:var(--red)}svg .bar.better{fill:var(--green)}svg .bar.same{fill:var(--grey)}
svg .whisker{stroke:var(--fg);stroke-width:1.2;fill:none}
svg .limit{stroke:var(--amber);stroke-width:2;stroke-dasharray:3 2}
svg .hist.candidate{fill:var(--blue);fill-opacity:.55}svg .hist.baseline{fill:none;stroke:var(--fg);stroke-width:1.5}
svg.budget{vertical-align:middle;margin-right:6px}svg.budget .track{fill:var(--panel);stroke:var(--line)}
svg.budget .ok{fill:var(--green)}svg.budget .near{fill:var(--amber)}svg.budget .over{fill:var(--red)}
.legend{color:var(--muted);font-size:12px}
footer{margin:40px auto 24px;color:var(--muted);font-size:12px}
`;
var SCRIPT = `
(function(){
function key(row,i){var c=row.cells[i];if(!c)return null;var v=c.getAttribute('data-v');if(v===null)v=c.textContent.trim();if(v==='')return null;var n=Number(v);return isNaN(n)?v.toLowerCase():n}
function cmp(a,b){if(a===null)return b===null?0:1;if(b===null)return -1;if(typeof a===typeof b)return a<b?-1:a>b?1:0;return typeof a==='number'?-1:1}
function sort(t,i,th){var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(x){x.removeAttribute('aria-sort')});th.setAttribute('aria-sort',dir);
var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),s=dir==='ascending'?1:-1;
rows=rows.map(function(r,k){return{r:r,k:key(r,i),n:k}});
rows.sort(function(a,b){var c=cmp(a.k,b.k);if(a.k===null||b.k===null)return c||a.n-b.n;return s*c||a.n-b.n});
var f=document.createDocumentFragment();rows.forEach(function(x){f.appendChild(x.r)});body.appendChild(f)}
Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(t){
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.tabIndex=0;th.title='Sort';
th.addEventListener('click',function(){sort(t,i,th)});
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort(t,i,th)}})})})
})();
`;
var sha256 = (s) => createHash("sha256").update(s, "utf8").digest("base64");
function td(content, opts = {}) {
  const v = opts.v === void 0 ? "" : ` data-v="${opts.v === null || typeof opts.v === "number" && !Number.isFinite(opts.v) ? "" : h(opts.v)}"`;
  return `<td${opts.cls ? ` class="${opts.cls}"` : ""}${v}>${content}</td>`;
}
function th(label, num2 = false) {
  return `<th${num2 ? ' class="num"' : ""} scope="col">${h(label)}</th>`;
}
function tone(c) {
  if (c.baseline === null || c.candidate === null || c.higher_is_better === null) return "same";
  const w = worsening(c.metric, c.higher_is_better ? "higher" : "lower", c.baseline, c.candidate);
  return Math.abs(w) <= 1e-12 ? "same" : w > 0 ? "worse" : "better";
}
function deltaHtml(c) {
  const t = tone(c);
  const text = h(formatDelta(c.metric, c.delta, c.baseline));
  return t === "same" ? text : `<span class="${t}">${text}</span>`;
}
function deltaKey(c) {
  return c.delta === null ? null : toChangeUnits(c.metric, c.delta, c.baseline);
}
function segmentHtml(id) {
  return id.length > 200 ? `<span title="${h(id)}">${escapeHtml(id, { max: 200 })}</span>` : h(id);
}
function metricLabel(c) {
  return c.source === "offline" ? h(c.metric) : `${h(c.metric)} <span class="muted">(${h(c.source)})</span>`;
}
function header(report) {
  const n = (k) => Number(report.counts?.[k] ?? 0);
  const inputs = report.inputs ?? {};
  const amounts = [];
  if (typeof inputs.examples === "number") amounts.push(`<b>${h(plural2(inputs.examples, "example"))}</b> offline`);
  if (typeof inputs.requests === "number") amounts.push(`<b>${h(plural2(inputs.requests, "request"))}</b> in shadow`);
  const files = (label, f) => f?.files?.length ? `<li>${label}: ${f.files.map((x) => `<code>${h(x)}</code>`).slice(0, 20).join(", ")}${f.files.length > 20 ? ` and ${h(formatCount(f.files.length - 20))} more` : ""} (${h(plural2(Number(f.rows ?? 0), "row"))})</li>` : "";
  const sha = shortSha(report);
  const cUrl = commitUrl(report);
  const commit = sha ? cUrl ? `<a href="${h(cUrl)}"><code>${h(sha)}</code></a>` : `<code>${h(sha)}</code>` : null;
  const runUrl2 = runUrl(report);
  const where = [
    typeof report.run?.repository === "string" ? `repository <code>${h(report.run.repository)}</code>` : null,
    commit ? `commit ${commit}` : null,
    typeof report.run?.pull_request === "number" ? `pull request ${h(report.run.pull_request)}` : null,
    runUrl2 ? `<a href="${h(runUrl2)}">workflow run</a>` : null
  ].filter(Boolean);
  const o = report.override;
  const override = o ? `<p>Overridden by <b>${h(o.actor)}</b> (${h(o.permission)}) with the label <code>${h(o.label)}</code>; it overrode ${h(plural2(o.overridden_checks?.length ?? 0, "failed check"))}.</p>` : "";
  return `<header>
<h1>Model gate <span>${h(report.name)}</span></h1>
<div class="verdict ${h(report.verdict)}">${h(VERDICT[report.verdict] ?? report.verdict)}</div>
<p class="counts"><span><b>${h(formatCount(n("fail")))}</b> failed</span><span><b>${h(formatCount(n("warn")))}</b> warnings</span><span><b>${h(formatCount(n("pass")))}</b> passed</span><span><b>${h(formatCount(n("insufficient")))}</b> with too little data</span></p>
<p>Candidate against baseline on ${amounts.join(" and ") || "no data"}.${where.length ? ` ${where.join(" \xB7 ")}.` : ""}</p>
${override}<ul class="muted">${files("candidate", inputs.candidate_eval)}${files("baseline", inputs.baseline_eval)}${files("shadow", inputs.shadow)}</ul>
<nav><a href="#failed">Failed</a><a href="#warnings">Warnings</a><a href="#segments">Per segment</a><a href="#budgets">Budgets</a><a href="#distributions">Score distributions</a><a href="#latency">Latency</a><a href="#segment-table">Segment table</a><a href="#checks">All checks</a><a href="#config">Config</a></nav>
</header>`;
}
function checksTable(checks, id) {
  const rows = checks.map((c) => {
    const a = allowanceOf(c);
    return `<tr class="${h(c.status)}">${[
      td(`${MARK2[c.status] ?? ""} ${h(c.status)}`, { v: STATUS_ORDER[c.status] ?? 9, cls: "nowrap" }),
      td(segmentHtml(c.segment), { cls: "seg" }),
      td(metricLabel(c)),
      td(c.n === null ? "\u2013" : h(formatCount(c.n)), { cls: "num", v: c.n }),
      td(h(formatValue(c.metric, c.baseline)), { cls: "num", v: c.baseline }),
      td(h(formatValue(c.metric, c.candidate)), { cls: "num", v: c.candidate }),
      td(deltaHtml(c), { cls: "num", v: deltaKey(c) }),
      td(h(formatInterval(c.metric, c.ci, c.baseline)), { cls: "num", v: c.ci ? toChangeUnits(c.metric, c.ci[0], c.baseline) : null }),
      td(h(formatP(c.p_value)), { cls: "num", v: c.p_value }),
      td(h(formatP(c.p_adjusted)), { cls: "num", v: c.p_adjusted }),
      td(c.rule === null ? "\u2013" : `${h(c.rule)}${c.severity === "warn" ? ' <span class="muted">(advisory)</span>' : ""}`, { cls: "nowrap" }),
      td(a && a.kind !== "min" ? h(formatUsed(a.used)) : "\u2013", { cls: "num", v: a && a.kind !== "min" ? a.used : null }),
      td(h(c.message), { cls: "msg" })
    ].join("")}</tr>`;
  });
  const head = [th("status"), th("segment"), th("metric"), th("n", true), th("baseline", true), th("candidate", true), th("delta", true), th("interval", true), th("p", true), th("p (adj.)", true), th("rule"), th("budget used", true), th("message")];
  return `<div class="scroll"><table class="sortable" id="${id}"><thead><tr>${head.join("")}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table></div>`;
}
function statusSection(id, title2, checks, empty) {
  if (checks.length === 0) return `<section id="${id}"><h2>${h(title2)}</h2><p class="note">${h(empty)}</p></section>`;
  return `<section id="${id}"><h2>${h(`${title2} (${formatCount(checks.length)})`)}</h2><p class="note">Worst first. Intervals and p-values are of the change (candidate minus baseline); budget used is the share of the allowed worsening (or of a max limit) the candidate uses.</p>${checksTable(checks, `${id}-table`)}</section>`;
}
function forestFor(report, ref) {
  const changes = segmentChanges(report, ref);
  if (changes.length === 0) return "";
  const shown = chartSelection(changes, HTML_CHART_SEGMENTS);
  const unit = changeUnit(ref.metric);
  const rows = shown.map((s) => {
    const c = s.check;
    const value2 = toChangeUnits(c.metric, c.delta ?? 0, c.baseline) ?? 0;
    const ci = c.ci ? [toChangeUnits(c.metric, c.ci[0], c.baseline), toChangeUnits(c.metric, c.ci[1], c.baseline)] : null;
    const higher = c.higher_is_better ?? true;
    const boundary = s.allowed === null || c.metric === "bias" ? null : higher ? -s.allowed : s.allowed;
    return {
      label: c.segment,
      value: value2,
      ci: ci && ci[0] !== null && ci[1] !== null ? [ci[0], ci[1]] : null,
      boundary,
      tone: tone(c),
      failed: c.status === "fail"
    };
  });
  const unitText = unit === "pp" ? "pp" : unit === "%" ? "% of the baseline" : "metric units";
  const more = changes.length > shown.length ? ` Showing ${h(formatCount(shown.length))} of ${h(formatCount(changes.length))} segments: overall, the failed ones, then the worst; the segment table below has all.` : "";
  const dir = report.checks.find((c) => c.metric === ref.metric && c.source === ref.source)?.higher_is_better;
  const direction = dir === true ? "higher is better" : dir === false ? "lower is better" : "";
  return `<h3>${h(ref.metric)}${ref.source === "offline" ? "" : ` (${h(ref.source)})`}${direction ? ` <span class="muted">\xB7 ${direction}</span>` : ""}</h3>
<p class="note">Change from baseline to candidate per segment (bar), its interval (whisker) and the edge of the allowed worsening (dashed).${more}</p>
${forestPlot(rows, unitText, `change in ${ref.metric}`)}`;
}
function segmentsSection(report) {
  const main2 = mainMetric(report);
  const refs = [];
  if (main2) refs.push(main2);
  for (const source of ["offline", "online", "shadow"]) {
    for (const metric of metricsOf(report, source)) if (!refs.some((r) => r.source === source && r.metric === metric)) refs.push({ source, metric });
  }
  const charts = refs.map((r) => forestFor(report, r)).filter(Boolean);
  const body = charts.length ? charts.join("\n") : '<p class="note">No per-segment changes to draw.</p>';
  return `<section id="segments"><h2>Per-segment changes</h2><p class="note">The first chart is the main metric (the first in the config). Red bars are worse, green better, whatever the metric's direction; \u2717 marks a failed check.</p>${body}</section>`;
}
function budgetsSection(report) {
  const rows = report.checks.map((c) => ({ c, a: allowanceOf(c) })).filter((x) => x.a !== null && x.a.kind !== "min" && x.c.status !== "insufficient" && x.a.used > 0).sort((x, y) => y.a.used === x.a.used ? 0 : y.a.used > x.a.used ? 1 : -1).slice(0, 200);
  if (rows.length === 0) return `<section id="budgets"><h2>Budgets used</h2><p class="note">No check uses any of its allowed worsening: the candidate is no worse anywhere a rule has a change tolerance or a max limit.</p></section>`;
  const body = rows.map(({ c, a }) => `<tr class="${h(c.status)}">${[td(`${MARK2[c.status] ?? ""}`, { v: STATUS_ORDER[c.status] }), td(segmentHtml(c.segment), { cls: "seg" }), td(metricLabel(c)), td(h(c.rule)), td(`${budgetBar(a.used)}${h(formatUsed(a.used))}`, { v: a.used })].join("")}</tr>`).join("\n");
  const total = report.checks.filter((c) => {
    const a = allowanceOf(c);
    return a !== null && a.kind !== "min" && c.status !== "insufficient" && a.used > 0;
  }).length;
  return `<section id="budgets"><h2>Budgets used</h2><p class="note">How much of each allowed worsening (or max limit) the candidate uses, fullest first; 100% is the limit. Checks that use none are left out.${total > rows.length ? ` The ${h(formatCount(rows.length))} fullest of ${h(formatCount(total))}; all are in the checks table.` : ""}</p><div class="scroll"><table class="sortable"><thead><tr>${th("")}${th("segment")}${th("metric")}${th("rule")}${th("used")}</tr></thead><tbody>
${body}
</tbody></table></div></section>`;
}
function distributionBlock(title2, d) {
  if (!d || !Array.isArray(d.edges) || d.edges.length < 2) return "";
  const total = (xs) => xs.reduce((a, b) => a + b, 0);
  const label = d.kind === "probability" ? "score (P(positive))" : "prediction";
  return `<h3>${h(title2)}</h3><p class="note">Share of examples per bin of the ${h(label)}: baseline ${h(plural2(total(d.baseline), "example"))}, candidate ${h(plural2(total(d.candidate), "example"))}.</p>${histogram(d.edges, d.baseline, d.candidate, label)}`;
}
function distributionsSection(report) {
  const blocks = [distributionBlock("Offline eval", report.distributions?.offline), distributionBlock("Shadow traffic", report.distributions?.shadow)].filter(Boolean);
  return `<section id="distributions"><h2>Score distributions</h2>${blocks.length ? blocks.join("\n") : '<p class="note">No score distributions in this report (multiclass, or a report from an older version).</p>'}</section>`;
}
function latencySection(report) {
  const lat = report.checks.filter((c) => c.segment === "overall" && /^latency_p\d+_ms$/.test(c.metric));
  const seen = /* @__PURE__ */ new Set();
  const rows = lat.filter((c) => seen.has(c.metric) ? false : (seen.add(c.metric), true)).sort((a, b) => Number(/\d+/.exec(a.metric)[0]) - Number(/\d+/.exec(b.metric)[0])).map((c) => ({
    label: c.metric.replace(/^latency_(p\d+)_ms$/, "$1"),
    baseline: c.baseline,
    candidate: c.candidate,
    baselineText: formatValue(c.metric, c.baseline),
    candidateText: `${formatValue(c.metric, c.candidate)} (${formatDelta(c.metric, c.delta, c.baseline)})`
  }));
  if (rows.length === 0) return `<section id="latency"><h2>Latency percentiles</h2><p class="note">No latency in this report (it comes from a shadow log).</p></section>`;
  return `<section id="latency"><h2>Latency percentiles</h2><p class="note">Serving latency of both models on the same requests, overall.</p>${pairedBars(rows, "Latency percentiles")}</section>`;
}
function segmentTable(report) {
  const source = report.checks.some((c) => c.source === "offline") ? "offline" : report.checks.find((c) => c.source !== "integrity")?.source;
  if (!source) return "";
  const metrics = metricsOf(report, source).slice(0, SEGMENT_TABLE_METRICS);
  const segs = /* @__PURE__ */ new Map();
  for (const c of report.checks) {
    if (c.source !== source) continue;
    let s = segs.get(c.segment);
    if (!s) segs.set(c.segment, s = { n: c.n, cells: /* @__PURE__ */ new Map(), worst: "pass" });
    if (STATUS_ORDER[c.status] < STATUS_ORDER[s.worst]) s.worst = c.status;
    const prev = s.cells.get(c.metric);
    if (!prev || STATUS_ORDER[c.status] < STATUS_ORDER[prev.status]) s.cells.set(c.metric, c);
  }
  const rows = [...segs.entries()].map(([seg, s]) => {
    const cells = metrics.map((m) => {
      const c = s.cells.get(m);
      if (!c) return td("\u2013");
      const mark = c.status === "pass" ? "" : ` ${MARK2[c.status]}`;
      return td(`${h(formatValue(m, c.candidate))} <span class="muted">(</span>${deltaHtml(c)}<span class="muted">)</span>${mark}`, { cls: "num", v: deltaKey(c) });
    });
    return `<tr class="${h(s.worst)}">${td(`${MARK2[s.worst]}`, { v: STATUS_ORDER[s.worst] })}${td(segmentHtml(seg), { cls: "seg" })}${td(s.n === null ? "\u2013" : h(formatCount(s.n)), { cls: "num", v: s.n })}${cells.join("")}</tr>`;
  });
  const more = metricsOf(report, source).length > metrics.length ? ` The first ${metrics.length} metrics; all are in the checks table.` : "";
  return `<section id="segment-table"><h2>Per-segment table (${h(source)})</h2><p class="note">Each segment's candidate value and change per metric; click a header to sort (by the change for metric columns).${more}</p><div class="scroll"><table class="sortable"><thead><tr>${th("")}${th("segment")}${th("n", true)}${metrics.map((m) => th(m, true)).join("")}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table></div></section>`;
}
function allChecks(report) {
  const ordered = worstFirst(report.checks).sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
  return `<section id="checks"><h2>All checks (${h(formatCount(report.checks.length))})</h2><p class="note">Failed first, then warnings, too little data, passed; each worst first. Click a header to sort.</p>${checksTable(ordered, "all-checks")}</section>`;
}
function configSection(report) {
  return `<section id="config"><h2>Effective config</h2><p class="note">The config as the gate applied it, defaults filled in.</p><pre>${h((0, import_yaml3.stringify)(report.config ?? {}))}</pre></section>`;
}
function renderHtml(report) {
  const byStatus = (s) => worstFirst(report.checks.filter((c) => c.status === s));
  const main2 = [
    statusSection("failed", "Failed checks", byStatus("fail"), "No check failed."),
    statusSection("warnings", "Warnings", byStatus("warn"), "No warnings."),
    segmentsSection(report),
    budgetsSection(report),
    distributionsSection(report),
    latencySection(report),
    segmentTable(report),
    allChecks(report),
    configSection(report)
  ].join("\n");
  const csp = `default-src 'none'; style-src 'sha256-${sha256(CSS)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const generated = typeof report.generated_at === "string" ? report.generated_at : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Model gate ${h(report.name)}: ${h(VERDICT[report.verdict] ?? report.verdict)}</title>
<style>${CSS}</style>
</head>
<body>
${header(report)}
<main>
${main2}
</main>
<footer>model-release-gate \xB7 ${h(report.schema)} \xB7 generated ${h(generated)}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// src/reportFiles.ts
function reportJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function writeReportFiles(dir, report, markdown) {
  const abs = resolve(dir);
  mkdirSync(abs, { recursive: true });
  const paths = { dir: abs, json: join(abs, "report.json"), markdown: join(abs, "report.md"), html: join(abs, "report.html") };
  writeFileSync(paths.json, reportJson(report));
  writeFileSync(paths.markdown, markdown);
  writeFileSync(paths.html, renderHtml(report));
  return paths;
}

// src/cliMain.ts
var USAGE = `Usage: model-gate [--config gate.yml] [--baseline-eval a.csv --candidate-eval b.csv]
                  [--shadow s.csv] [--labels l.csv] [--name N] [--report-dir DIR] [--format md|json]

Compares a candidate model with the production baseline per segment and prints the report.
Give the offline eval pair, a shadow log, or both.
Exit status: 0 pass or warn, 1 fail, 2 usage, config or data error.`;
var OPTIONS = {
  config: { type: "string" },
  "baseline-eval": { type: "string" },
  "candidate-eval": { type: "string" },
  shadow: { type: "string" },
  labels: { type: "string" },
  name: { type: "string" },
  "report-dir": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function main(argv, out, err) {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    } catch (e) {
      const message = e.message.replace(/\. To specify.*$/s, "");
      const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
      const hint = unknown ? didYouMean(unknown, Object.keys(OPTIONS)) : null;
      throw new UsageError(`${message}${hint ? ` (did you mean --${hint}?)` : ""}. Flags: ${Object.keys(OPTIONS).map((k) => `--${k}`).join(" ")}`);
    }
    const v = parsed.values;
    if (v.help) {
      out(`${USAGE}
`);
      return 0;
    }
    const format = v.format ?? "md";
    if (format !== "md" && format !== "json") throw new UsageError(`--format ${format}: use md or json.`);
    const config = loadConfig({ inline: null, file: v.config ?? null, inlineName: "defaults", fileName: "--config" });
    const timings = {};
    const report = await runGate({
      name: v.name ?? "model",
      config,
      baselineEval: v["baseline-eval"] ?? null,
      candidateEval: v["candidate-eval"] ?? null,
      shadow: v.shadow ?? null,
      labels: v.labels ?? null,
      run: { repository: null, commit: null, pull_request: null, url: null }
    }, timings);
    if (process.env.MODEL_GATE_TIMINGS === "1") err(`model-gate timings ${JSON.stringify(timings)}
`);
    const markdown = renderMarkdown(report, { maxChars: SUMMARY_CHARS });
    if (v["report-dir"] !== void 0) writeReportFiles(v["report-dir"], report, markdown);
    out(format === "json" ? reportJson(report) : markdown);
    return report.verdict === "fail" ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const issue of e.issues) err(`model-gate: config error: ${e.source}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}
`);
      return 2;
    }
    if (isUserError(e)) {
      err(`model-gate: ${e instanceof UsageError ? "usage" : "data"} error: ${e.message}
`);
      if (e instanceof UsageError) err(`Run model-gate --help for usage.
`);
      return 2;
    }
    err(`model-gate: ${describeUnexpected(e)}
${e instanceof Error && e.stack ? e.stack : ""}
`);
    return 2;
  }
}

// src/cli.ts
process.exitCode = await main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s)
);
