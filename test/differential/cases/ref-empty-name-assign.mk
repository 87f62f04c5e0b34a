 := value
