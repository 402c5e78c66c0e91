import Foundation

/// A validator for the subset of JSON Schema that `schema/statement.schema.json` uses
/// (type, enum, required, properties, additionalProperties: false, items, minimum,
/// maximum, $ref to $defs, oneOf), so the tests check real output against the
/// published schema without a third-party validator.
struct SchemaValidator {
    let root: [String: Any]

    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Problems with `value`, as JSON-pointer-ish paths; empty when it is valid.
    func validate(_ value: Any) -> [String] { validate(value, against: root, at: "$") }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        return (root["$defs"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    private func validate(_ value: Any, against raw: [String: Any], at path: String) -> [String] {
        let schema = resolve(raw)
        if let options = schema["oneOf"] as? [[String: Any]] {
            let passing = options.filter { validate(value, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of the oneOf schemas, not exactly one"]
        }
        var problems: [String] = []
        if let allowed = schema["enum"] as? [Any] {
            if !allowed.contains(where: { "\($0)" == "\(value)" }) { problems.append("\(path): \(value) is not one of \(allowed)") }
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    problems += validate(child, against: childSchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += validate(item, against: items, at: "\(path)[\(index)]") }
            }
        case "string":
            if !(value is String) { problems.append("\(path): not a string") }
        case "boolean":
            if !(value is Bool) { problems.append("\(path): not a boolean") }
        case "integer", "number":
            guard let number = value as? NSNumber else { return ["\(path): not a number"] }
            if schema["type"] as? String == "integer", number.doubleValue.rounded() != number.doubleValue { problems.append("\(path): not an integer") }
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { problems.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { problems.append("\(path): above \(maximum)") }
        default:
            break
        }
        return problems
    }
}
