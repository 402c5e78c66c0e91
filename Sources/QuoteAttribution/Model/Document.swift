/// One article on its way through the pipeline: the caller's text and the layers that
/// the stages have added so far.
///
/// Layers are write-once: ``add(_:as:)`` refuses to replace a layer, which is what makes
/// "a stage never edits another stage's annotations" true, and per-stage snapshots honest.
/// Copies share storage until a layer is added (copy-on-write through the dictionary).
public struct Document: Sendable {
    /// The caller's identifier, carried into every output record.
    public let id: String
    /// The text exactly as the caller gave it; output offsets index its scalars.
    public let text: String
    /// The language the caller declared, if any; otherwise it is detected.
    public let declaredLanguage: Language?
    /// The file the document was read from, if any (for one output file per input).
    public var source: String?

    private var layers: [ObjectIdentifier: any Sendable] = [:]
    /// The layers in the order they were added (for debug output).
    public private(set) var layerOrder: [AnnotationLayer] = []

    public init(id: String, text: String, language: Language? = nil) {
        self.id = id
        self.text = text
        self.declaredLanguage = language
    }

    /// Adds a layer. Throws when the layer exists already.
    public mutating func add<Key: AnnotationKey>(_ value: Key.Value, as key: Key.Type) throws(PipelineError) {
        let identifier = ObjectIdentifier(key)
        guard layers[identifier] == nil else {
            throw PipelineError(.layerAlreadyPresent, "layer '\(Key.name)' is already on document '\(id)'; layers are write-once")
        }
        layers[identifier] = value
        layerOrder.append(AnnotationLayer(key))
    }

    /// The value of a layer, or `nil` when no stage has added it.
    public subscript<Key: AnnotationKey>(key: Key.Type) -> Key.Value? {
        // The dictionary is only written by `add`, which stores a `Key.Value` under
        // `ObjectIdentifier(Key.self)`, so this cast cannot fail.
        layers[ObjectIdentifier(key)].map { $0 as! Key.Value }
    }

    /// The value of a layer that a stage declared in its `requires`; throws when missing.
    public func require<Key: AnnotationKey>(_ key: Key.Type) throws(PipelineError) -> Key.Value {
        guard let value = self[key] else {
            throw PipelineError(.missingLayer, "document '\(id)' has no '\(Key.name)' layer")
        }
        return value
    }

    public func has(_ layer: AnnotationLayer) -> Bool { layers[layer.identifier] != nil }
}
