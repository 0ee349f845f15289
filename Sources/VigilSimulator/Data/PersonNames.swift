/// Given and family names for simulated employees (a mix of origins, like a multinational workforce).
public enum PersonNames {
    public static let given: [String] = [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
        "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Priya", "Emily",
        "Wei", "Aiko", "Lukas", "Sofia", "Mateo", "Chloe", "Arjun", "Fatima", "Noah", "Olivia",
        "Liam", "Emma", "Hiroshi", "Ingrid", "Pierre", "Camille", "Sven", "Ana", "Diego", "Zoe",
        "Omar", "Leila", "Kofi", "Amara", "Ravi", "Ananya", "Jonas", "Mia", "Ethan", "Grace",
    ]

    public static let family: [String] = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green",
        "Patel", "Sharma", "Tanaka", "Sato", "Muller", "Schmidt", "Dubois", "Moreau", "Rossi", "Silva",
        "Kim", "Park", "Chen", "Wang", "O'Brien", "Murphy", "Kowalski", "Novak", "Andersson", "Okafor",
    ]

    /// Departments, which become groups.
    public static let departments: [String] = [
        "Engineering", "Sales", "Marketing", "Finance", "Human Resources", "Customer Success", "IT", "Legal",
        "Product", "Operations",
    ]
}
