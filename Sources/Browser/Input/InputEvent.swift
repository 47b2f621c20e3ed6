/// Something that happened at the terminal: a key, a mouse event, or a new size.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
