import { describe, expect, it } from 'vitest';
import { anyOrgType, isOrgType } from '../../../../lib/extract/site/org-types';

// schema.org's Organization and LocalBusiness subtypes (2024), as org-types.ts listed them in full
// before the ones its suffix rule covers were left to that rule.
const SCHEMA_ORG_TYPES = `
  Organization Organisation Airline Consortium Cooperative Corporation EducationalOrganization
  FundingScheme GovernmentOrganization LibrarySystem LocalBusiness MedicalOrganization NGO
  NewsMediaOrganization OnlineBusiness OnlineStore PerformingGroup PoliticalParty Project
  FundingAgency ResearchProject ResearchOrganization SearchRescueOrganization SportsOrganization
  SportsTeam WorkersUnion DanceGroup MusicGroup TheaterGroup CollegeOrUniversity ElementarySchool
  HighSchool MiddleSchool Preschool School DiagnosticLab Hospital MedicalClinic Pharmacy Physician
  VeterinaryCare Dentist Optician AnimalShelter ArchiveOrganization AutomotiveBusiness ChildCare
  DryCleaningOrLaundry EmergencyService EmploymentAgency EntertainmentBusiness FinancialService
  FoodEstablishment GovernmentOffice HealthAndBeautyBusiness HomeAndConstructionBusiness InternetCafe
  LegalService Library LodgingBusiness MedicalBusiness ProfessionalService RadioStation
  RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter SportsActivityLocation Store
  TelevisionStation TouristInformationCenter TravelAgency AutoBodyShop AutoDealer AutoPartsStore
  AutoRental AutoRepair AutoWash GasStation MotorcycleDealer MotorcycleRepair FireStation
  PoliceStation AdultEntertainment AmusementPark ArtGallery Casino ComedyClub MovieTheater NightClub
  AccountingService AutomatedTeller BankOrCreditUnion InsuranceAgency Bakery BarOrPub Brewery
  CafeOrCoffeeShop Distillery FastFoodRestaurant IceCreamShop Restaurant Winery PostOffice BeautySalon
  DaySpa HairSalon HealthClub NailSalon TattooParlor Electrician GeneralContractor HVACBusiness
  HousePainter Locksmith MovingCompany Plumber RoofingContractor Attorney Notary BedAndBreakfast
  Campground Hostel Hotel Motel Resort VacationRental BowlingAlley ExerciseGym GolfCourse
  PublicSwimmingPool SkiResort SportsClub StadiumOrArena TennisComplex BikeStore BookStore
  ClothingStore ComputerStore ConvenienceStore DepartmentStore ElectronicsStore Florist FurnitureStore
  GardenStore GroceryStore HardwareStore HobbyShop HomeGoodsStore JewelryStore LiquorStore
  MensClothingStore MobilePhoneStore MovieRentalStore MusicStore OfficeEquipmentStore OutletStore
  PawnShop PetStore ShoeStore SportingGoodsStore TireShop ToyStore WholesaleStore
`
  .trim()
  .split(/\s+/);

describe('organization types', () => {
  it('knows every Organization and LocalBusiness subtype of schema.org, in any case', () => {
    expect(SCHEMA_ORG_TYPES).toHaveLength(164);
    for (const t of SCHEMA_ORG_TYPES) expect(isOrgType(t.toLowerCase()), t).toBe(true);
  });

  it('takes vendor subtypes by their suffix, and nothing else', () => {
    for (const t of ['softwarecompany', 'lawfirmbusiness', 'onlinestore', 'travelagency'])
      expect(isOrgType(t)).toBe(true);
    for (const t of ['person', 'website', 'webpage', 'place', 'governmentservice', 'taxiservice', 'trainstation', ''])
      expect(isOrgType(t), t).toBe(false);
    expect(anyOrgType(['thing', 'corporation'])).toBe(true);
    expect(anyOrgType(['thing', 'product'])).toBe(false);
  });
});
