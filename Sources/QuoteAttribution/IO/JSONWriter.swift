/// Writes output records as JSON straight into a byte buffer, with sorted keys and the
/// same text `JSONEncoder` produces (`.sortedKeys`, `.withoutEscapingSlashes`), at a
/// fraction of its cost: encoding was an eighth of a whole run. A test checks the two
/// agree byte for byte, escapes included.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    private var needsComma = false

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        // Runs that need no escape (nearly all of a statement) are copied in one go.
        var value = value
        value.withUTF8 { source in
            var runStart = 0
            for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<offset]))
                escape(byte)
                runStart = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }

    mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func double(_ value: Double) {
        separate()
        // JSONEncoder writes integral doubles without a fraction ("1", "0").
        if value.rounded() == value, abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
        needsComma = true
    }

    mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}

extension AttributedStatement {
    /// Appends this statement as one line of JSON, keys sorted (as the schema names them).
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if let addressee { writer.key("addressee"); writer.string(addressee) }
        writer.key("confidence"); writer.double(confidence)
        writer.key("content"); content.write(to: &writer)
        if let cue {
            writer.key("cue"); writer.beginObject()
            writer.key("end"); writer.int(cue.end)
            writer.key("lemma"); writer.string(cue.lemma)
            writer.key("start"); writer.int(cue.start)
            writer.key("text"); writer.string(cue.text)
            writer.endObject()
        }
        writer.key("doc_id"); writer.string(documentID)
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("lang"); writer.string(language.rawValue)
        writer.key("paragraph_index"); writer.int(paragraphIndex)
        if let quoted, !quoted.isEmpty {
            writer.key("quoted"); writer.beginArray()
            for fragment in quoted { fragment.write(to: &writer) }
            writer.endArray()
        }
        writer.key("reporting_stance"); writer.string(reportingStance.rawValue)
        writer.key("rule"); writer.string(rule.rawValue)
        writer.key("sentence_index"); writer.int(sentenceIndex)
        if let speaker {
            writer.key("speaker"); writer.beginObject()
            if let affiliation = speaker.affiliation { writer.key("affiliation"); writer.string(affiliation) }
            writer.key("anonymous"); writer.bool(speaker.anonymous)
            writer.key("entity_id"); writer.string(speaker.entityID)
            if let mention = speaker.mention { writer.key("mention"); mention.write(to: &writer) }
            writer.key("name"); writer.string(speaker.name)
            writer.key("resolved_by"); writer.string(speaker.resolvedBy.rawValue)
            if let role = speaker.role { writer.key("role"); writer.string(role) }
            writer.key("type"); writer.string(speaker.type.rawValue)
            writer.endObject()
        }
        writer.key("stance"); writer.beginObject()
        writer.key("evidence"); writer.beginArray()
        for item in stance.evidence { writer.string(item) }
        writer.endArray()
        writer.key("label"); writer.string(stance.label.rawValue)
        writer.key("score"); writer.double(stance.score)
        if let target = stance.target { writer.key("target"); writer.string(target) }
        writer.endObject()
        writer.key("statement_id"); writer.string(statementID)
        if let warnings {
            writer.key("warnings"); writer.beginArray()
            for warning in warnings { writer.string(warning) }
            writer.endArray()
        }
        writer.endObject()
    }
}

extension AttributedStatement.Excerpt {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("end"); writer.int(end)
        writer.key("start"); writer.int(start)
        writer.key("text"); writer.string(text)
        writer.endObject()
    }
}
